package com.padelyzer.bff.adapter.web.read;

import io.micronaut.http.HttpRequest;

import java.util.Optional;

/**
 * What serving one request cost before its response left: where the answer came from ({@code HIT}, {@code MISS},
 * {@code STALE}) and the database work of authorizing and computing it. {@link ServerTimingFilter} adds the total
 * time; the request monitor reads it too.
 */
public record RequestCost(String cacheState, DatabaseWork database) {

    private static final String ATTRIBUTE = RequestCost.class.getName();

    public void attachTo(HttpRequest<?> request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** The cost {@link ReadPath} attached to {@code request}; empty for requests it did not answer (errors, writes). */
    public static Optional<RequestCost> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, RequestCost.class);
    }
}
