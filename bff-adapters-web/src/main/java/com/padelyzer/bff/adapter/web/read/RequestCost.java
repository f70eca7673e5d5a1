package com.padelyzer.bff.adapter.web.read;

import io.micronaut.http.HttpRequest;

import java.util.Optional;

/**
 * What serving one request cost before its response left: where the answer came from ({@code HIT}, {@code MISS})
 * and the database work of authorizing and computing it. {@link ServerTimingFilter} adds the total time.
 */
record RequestCost(String cacheState, DatabaseWork database) {

    private static final String ATTRIBUTE = RequestCost.class.getName();

    void attachTo(HttpRequest<?> request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    static Optional<RequestCost> of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, RequestCost.class);
    }
}
