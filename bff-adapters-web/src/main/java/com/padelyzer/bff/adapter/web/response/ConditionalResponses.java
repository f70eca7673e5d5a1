package com.padelyzer.bff.adapter.web.response;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/** Turns a rendered body into the HTTP response of SPEC §5, or a 304 when the client already holds it. */
public final class ConditionalResponses {

    private ConditionalResponses() {
    }

    public static MutableHttpResponse<?> serve(HttpRequest<?> request, RenderedResponse rendered, Instant now,
                                               ServerTiming timing) {
        long maxAge = Math.max(0, Duration.between(now, rendered.expiresAt()).toSeconds());
        MutableHttpResponse<?> response = matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), rendered.etag())
                ? HttpResponse.notModified()
                : HttpResponse.ok(rendered.body()).contentType(MediaType.APPLICATION_JSON_TYPE);
        return response
                .header(HttpHeaders.ETAG, rendered.etag())
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=" + maxAge)
                .header("X-Cache", timing.cacheHit() ? "HIT" : "MISS")
                .header("Server-Timing", timing.header());
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
