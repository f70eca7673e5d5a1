package com.padelyzer.bff.adapter.web.response;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/** Turns a rendered body into the HTTP response of SPEC §5, or a 304 when the client already holds it. */
public final class ConditionalResponses {

    private ConditionalResponses() {
    }

    /**
     * 200 with {@code body}, or 304 without it when {@code If-None-Match} names {@code etag}; both with the
     * {@code ETag}, {@code Cache-Control} (seconds left until {@code expiresAt}), {@code Vary} and {@code X-Cache}.
     */
    public static MutableHttpResponse<?> serve(HttpRequest<?> request, byte[] body, String etag, Instant expiresAt,
                                               Instant now, String cacheState) {
        long maxAge = Math.max(0, Duration.between(now, expiresAt).toSeconds());
        MutableHttpResponse<?> response = matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), etag)
                ? HttpResponse.notModified()
                : HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
        return response
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=" + maxAge)
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
                .header("X-Cache", cacheState);
    }

    /** A strong ETag of the body's bytes: equal bodies, equal tags, whichever instance rendered them. */
    public static String strongEtagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** If-None-Match compares weakly (RFC 9110 §13.1.2): {@code W/"x"} matches the strong {@code "x"}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(candidate -> candidate.startsWith("W/") ? candidate.substring(2) : candidate)
                .anyMatch(candidate -> candidate.equals("*") || candidate.equals(etag));
    }
}
