package com.padelyzer.bff.adapter.web.response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A response body as rendered once, with what is needed to serve it again: its strong ETag and when it expires.
 * This is what the response cache keeps, so a hit does no work but copying bytes.
 */
public record RenderedResponse(byte[] body, String etag, Instant expiresAt) {

    public RenderedResponse {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public static RenderedResponse of(byte[] body, Instant expiresAt) {
        return new RenderedResponse(body, strongEtagOf(body), expiresAt);
    }

    static String strongEtagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "RenderedResponse[" + new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8) + "...]";
    }
}
