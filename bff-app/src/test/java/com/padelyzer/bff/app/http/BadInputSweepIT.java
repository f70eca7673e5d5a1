package com.padelyzer.bff.app.http;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input over every parameter and body of every operation the served OpenAPI document lists (issue 12, point
 * 5): so a new endpoint is swept without touching this test. Each query parameter and each body member (named in
 * the operation's {@code Body: {...}} description) gets every {@link BadInputs} value in turn, the others staying
 * valid; each body gets broken JSON and each POST wrong content types; then the request line and headers get
 * broken percent-encoding, raw bytes, 10,000 {@code courts[]} and header floods. Every answer must be a 4xx with
 * SPEC's error body (or a 200 where the input is valid after all), never a 5xx, never a stack trace, SQL or exception
 * text; and a normal request is answered normally after every operation's sweep.
 */
class BadInputSweepIT {

    private static final Pattern DOCUMENT_URL = Pattern.compile("/swagger/([^'\"]+\\.yml)");
    private static final Pattern BODY_MEMBER = Pattern.compile("[{,]\\s*\"(\\w+)\"");
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]+\\.|org\\.postgresql|SQLSTATE|\\bSELECT\\b|\\bFROM [a-z_]+ |io\\.micronaut"
                    + "|java\\.|com\\.padelyzer|Caused by|ERROR:");
    private static final String DAY = "2026-03-18";
    private static final Map<String, String> VALID = Map.ofEntries(
            Map.entry("club", Fixture.AVAILABILITY_CLUB), Map.entry("date", DAY), Map.entry("period", "month"),
            Map.entry("courts", Fixture.COURT_AV_A), Map.entry("slot_minutes", "60"), Map.entry("court", Fixture.COURT_AV_A),
            Map.entry("start_time", "18:00"), Map.entry("end_time", "19:00"), Map.entry("type", "availability"),
            Map.entry("club_id", Fixture.AVAILABILITY_CLUB));
    private static final Map<String, String> VALID_JSON = Map.of("user_id", "102",
            "club_ids", "[\"" + Fixture.AVAILABILITY_CLUB + "\"]", "dates", "[\"" + DAY + "\"]");

    private static Map<String, Object> document;

    private final BffServer server = BffServer.caching();   // answers kept: the sweep is about parsing, not computing
    private final RawHttp http = new RawHttp(server.embeddedServer().getURL());
    private final JsonMapper json = server.embeddedServer().getApplicationContext().getBean(JsonMapper.class);
    private final String token = TestTokens.accessToken(Fixture.SUPERUSER);
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, Integer> codes = new TreeMap<>();
    private final Map<String, String> beforeTheApplication = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int cases;

    /** One operation of the document: method, path and what it takes. */
    record Operation(String method, String path, List<String> query, List<String> members) {
    }

    @BeforeAll
    static void load_the_served_document() {
        BffServer server = BffServer.get();
        String ui = server.body(server.exchange(io.micronaut.http.HttpRequest.GET("/swagger-ui/index.html")));
        Matcher url = DOCUMENT_URL.matcher(ui);
        assertThat(url.find()).as("the Swagger UI names the document").isTrue();
        document = new Yaml().load(server.body(server.exchange(io.micronaut.http.HttpRequest.GET("/swagger/" + url.group(1)))));
    }

    @Test
    void no_bad_input_anywhere_gets_a_5xx_or_leaks_and_every_refusal_is_the_error_body() {
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThanOrEqualTo(17);
        for (Operation operation : operations) {
            sweep(operation);
            assertNormalAnswer(operation.toString());
        }
        sweepRequestLines();
        sweepHeaders();
        assertNormalAnswer("the end");
        System.out.printf("BadInputSweepIT: %d operations, %d cases, statuses %s, error codes %s, %d failures%n"
                + "  refused by Netty's decoder (HTTP/1.0 answers): %s%n", operations.size(), cases, statuses, codes,
                failures.size(), beforeTheApplication);
        assertThat(failures).isEmpty();
    }

    private void sweep(Operation op) {
        for (String parameter : op.query()) {
            for (String bad : BadInputs.texts()) {
                Map<String, String> query = validQuery(op);
                query.put(parameter, URLEncoder.encode(bad, StandardCharsets.UTF_8));
                check(op + " " + parameter + "=" + shorten(bad), send(op, query, validBody(op, null, null)));
            }
            for (String raw : BadInputs.rawQueryValues()) {
                Map<String, String> query = validQuery(op);
                query.put(parameter, raw);
                check(op + " " + parameter + "=" + raw, send(op, query, validBody(op, null, null)));
            }
        }
        if (!op.method().equals("POST")) {
            check(op + " with a body", http.post(op.path(), token, "application/json", "{\"x\":1}".getBytes()));
            return;
        }
        for (String member : op.members()) {
            List<String> values = new ArrayList<>(BadInputs.jsonValues());
            BadInputs.texts().forEach(text -> values.add(quoted(text)));
            BadInputs.longTexts().forEach(text -> values.add(quoted(text)));
            for (String value : values) {
                check(op + " " + member + ": " + shorten(value), send(op, validQuery(op), validBody(op, member, value)));
            }
        }
        for (byte[] body : BadInputs.bodies()) {
            check(op + " body " + shorten(new String(body, StandardCharsets.UTF_8)),
                    http.post(op.path(), token, "application/json", body));
        }
        for (String contentType : BadInputs.contentTypes()) {
            check(op + " as " + contentType, http.post(op.path(), token, contentType,
                    validBody(op, null, null).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private RawHttp.Answer send(Operation op, Map<String, String> query, String body) {
        StringBuilder target = new StringBuilder(op.path());
        String separator = "?";
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            target.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
            separator = "&";
        }
        if (op.method().equals("POST")) {
            return http.post(target.toString(), token, "application/json", body.getBytes(StandardCharsets.UTF_8));
        }
        return http.get(target.toString(), token);
    }

    private static Map<String, String> validQuery(Operation op) {
        Map<String, String> query = new LinkedHashMap<>();
        op.query().forEach(name -> query.put(name, VALID.getOrDefault(name, "true")));
        return query;
    }

    /** The operation's valid body with {@code member} (when given) set to the JSON {@code value}. */
    private static String validBody(Operation op, String member, String value) {
        Map<String, String> members = new LinkedHashMap<>();
        op.members().forEach(name -> members.put(name, VALID_JSON.getOrDefault(name,
                VALID.containsKey(name) ? quoted(VALID.get(name)) : "true")));
        if (member != null) {
            members.put(member, value);
        }
        StringBuilder body = new StringBuilder("{");
        members.forEach((name, json) -> body.append(body.length() > 1 ? ", " : "").append(quoted(name)).append(": ")
                .append(json));
        return body.append('}').toString();
    }

    private void sweepRequestLines() {
        String courts = Fixture.COURT_AV_A;
        String base = "/api/bff/bi/availability/bulk/?club=" + Fixture.AVAILABILITY_CLUB + "&date=" + DAY;
        check("10,000 courts[]", http.get(base + ("&courts%5B%5D=" + courts).repeat(10_000), token));
        check("101 courts[]", http.get(base + ("&courts[]=" + courts).repeat(101), token));
        check("10,000 empty courts[]", http.get(base + "&courts[]=".repeat(10_000), token));
        check("a 20 KB request line", http.get(base + "&x=" + "y".repeat(20_000), token));
        check("repeated club", http.get(base + "&club=" + Fixture.FOREIGN_CLUB, token));
        for (String target : List.of("/api/../api/auth/user/", "/api/bff/bi/analytics/club/%2e%2e/", "/api/%00/",
                "/api/bff/auth/context/?&&&=&", "/api/bff/auth/context/?=", "/api/bff/auth/context/;x=1", "*",
                "/api/bff/auth/context/%", "/" + "a/".repeat(5_000), "//api//bff//auth//context//")) {
            check("target " + shorten(target), http.get(target, token));
        }
        byte[][] raw = {{'/', 'a', 'p', 'i', '/', 0, '/'}, {'/', 'a', 'p', 'i', '/', (byte) 0xFF, '/'},
                {'/', 'a', 'p', 'i', '/', (byte) 0xC0, (byte) 0xAF, '/'}};
        for (byte[] target : raw) {
            byte[] head = ("GET " + new String(target, StandardCharsets.ISO_8859_1)
                    + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token)
                    .getBytes(StandardCharsets.ISO_8859_1);
            check("raw bytes in the path", http.send(head, new byte[0]));
        }
    }

    private void sweepHeaders() {
        String path = "/api/bff/auth/context/";
        check("100 headers", http.get(path, token, floodOf(100, 10)));
        check("1,000 headers", http.get(path, token, floodOf(1_000, 10)));
        check("a 9 KB header", http.get(path, token, "X-Big: " + "b".repeat(9_000)));
        check("a 100 KB header", http.get(path, token, "X-Big: " + "b".repeat(100_000)));
        check("a 200 KB header", http.get(path, token, "X-Big: " + "b".repeat(200_000)));
        check("a 10 KB token", http.get(path, "e".repeat(10_000)));
        check("a header with NUL", http.get(path, token, "X-Nul: a\u0000b"));
        check("a huge If-None-Match", http.get(path, token, "If-None-Match: \"" + "0".repeat(7_000) + "\""));
        check("an odd Accept", http.get(path, token, "Accept: */*;q=oops, application/json;q=2"));
        check("content length and chunked", http.send("POST /api/bff/bi/analytics/club/ HTTP/1.1\r\nHost: localhost"
                + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: 4"
                + "\r\nTransfer-Encoding: chunked", "0\r\n\r\n"));
        check("broken chunks", http.send("POST /api/bff/bi/analytics/club/ HTTP/1.1\r\nHost: localhost"
                + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json"
                + "\r\nTransfer-Encoding: chunked", "zz\r\n{}\r\n0\r\n\r\n"));
        check("a short content length", http.send("POST /api/bff/bi/analytics/club/ HTTP/1.1\r\nHost: localhost"
                + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\nContent-Length: 3",
                "{\"club\": \"x\"}"));
    }

    private static String[] floodOf(int count, int length) {
        String[] headers = new String[count];
        for (int i = 0; i < count; i++) {
            headers[i] = "X-Flood-" + i + ": " + "f".repeat(length);
        }
        return headers;
    }

    private void check(String what, RawHttp.Answer answer) {
        cases++;
        statuses.merge(answer.status(), 1, Integer::sum);
        if (answer.status() >= 400 && isErrorBody(answer.body())) {
            codes.merge(answer.status() + " " + code(answer.body()), 1, Integer::sum);
        }
        if (answer.httpOneZero()) {
            beforeTheApplication.put(what, answer.status() + " " + answer.body());
        }
        String problem = problemWith(answer);
        if (problem != null && failures.size() < 40) {
            failures.add(what + " -> " + answer.status() + " " + problem + ": " + shorten(answer.body()));
        }
    }

    private String problemWith(RawHttp.Answer answer) {
        int status = answer.status();
        if (status == 0 || status >= 500) {
            return status == 0 ? "no answer" : "server error";
        }
        if (LEAK.matcher(answer.body()).find()) {
            return "leaks internals";
        }
        if (status >= 400 && !isErrorBody(answer.body())) {
            return "not SPEC's error body";
        }
        return status == 200 || status >= 400 ? null : "unexpected status";
    }

    private boolean isErrorBody(String body) {
        try {
            JsonNode node = json.readValue(body, JsonNode.class);
            return node.isObject() && node.size() == 2 && node.get("error") != null && node.get("error").isString()
                    && !node.get("error").getStringValue().isBlank() && node.get("code") != null
                    && node.get("code").isString() && !node.get("code").getStringValue().isBlank();
        } catch (IOException | RuntimeException notJson) {
            return false;
        }
    }

    private String code(String body) {
        try {
            return json.readValue(body, JsonNode.class).get("code").getStringValue();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void assertNormalAnswer(String after) {
        RawHttp.Answer answer = http.get("/api/bff/auth/context/", token);
        assertThat(answer.status()).as("a normal request after " + after).isEqualTo(200);
        assertThat(answer.body()).contains("\"user\"");
    }

    @SuppressWarnings("unchecked")
    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        ((Map<String, Map<String, Object>>) document.get("paths")).forEach((path, item) -> item.forEach((method, op) -> {
            Map<String, Object> operation = (Map<String, Object>) op;
            List<String> query = new ArrayList<>();
            for (Map<String, Object> parameter : (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of())) {
                if ("query".equals(parameter.get("in"))) {
                    query.add((String) parameter.get("name"));
                }
            }
            List<String> members = new ArrayList<>();
            Matcher body = BODY_MEMBER.matcher(String.valueOf(operation.getOrDefault("description", "")));
            while (body.find()) {
                members.add(body.group(1));
            }
            operations.add(new Operation(method.toUpperCase(), path + "/", query, members));
        }));
        return operations;
    }

    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> quoted.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return quoted.append('"').toString();
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...(" + text.length() + " chars)";
    }
}
