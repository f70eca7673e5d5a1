package com.padelyzer.bff.app.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: for requests no well-behaved client sends (malformed
 * percent-encoding, raw NUL or overlong UTF-8 in the request line, floods of headers, lying content types). One
 * request per connection ({@code Connection: close}); the answer is read to the end of the stream.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 10_000;

    private final String host;
    private final int port;

    RawHttp(URL server) {
        this.host = server.getHost();
        this.port = server.getPort();
    }

    /** An answer: its status (0 when the server closed the connection without one), headers (lower-cased) and body. */
    record Answer(int status, Map<String, String> headers, String body, boolean httpOneZero) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Sends {@code head} (request line and headers, CRLF-separated, without the final blank line) and {@code body}. */
    Answer send(byte[] head, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head);
                out.write("\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
            } catch (SocketException closedEarly) {
                // the server may answer and close before it has read all of an oversized request: read what it said
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer send(String head, String body) {
        return send(head.getBytes(StandardCharsets.UTF_8), body.getBytes(StandardCharsets.UTF_8));
    }

    /** A request with a JSON-ish body: {@code Content-Type} and {@code Content-Length} are added. */
    Answer post(String path, String token, String contentType, byte[] body) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length;
        return send(head.getBytes(StandardCharsets.ISO_8859_1), body);
    }

    Answer get(String target, String token, String... extraHeaderLines) {
        StringBuilder head = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nHost: localhost");
        if (token != null) {
            head.append("\r\nAuthorization: Bearer ").append(token);
        }
        for (String line : extraHeaderLines) {
            head.append("\r\n").append(line);
        }
        return send(head.toString(), "");
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketException reset) {
            // a reset after the answer: keep what arrived
        }
        return bytes.toByteArray();
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);   // one char per byte: chunk sizes count bytes
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.") || end < 0) {   // Netty answers a request it could not decode as HTTP/1.0
            return new Answer(0, Map.of(), text, false);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(Integer.parseInt(lines[0].substring(9, 12)), headers,
                new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8), text.startsWith("HTTP/1.0"));
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, Math.min(chunked.length(), lineEnd + 2 + size));
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }
}
