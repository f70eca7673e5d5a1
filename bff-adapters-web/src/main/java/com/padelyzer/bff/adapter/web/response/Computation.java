package com.padelyzer.bff.adapter.web.response;

import java.time.Instant;

/**
 * The computation that produced a body, for its {@code _performance}/{@code _metadata} block: the cache key it is
 * kept under ({@code null} for uncached reads), the statements it sent and when it ran. A cache hit serves the
 * body of the original miss, so these figures stay those of that miss.
 */
public record Computation(String cacheKey, int queryCount, Instant computedAt) {
}
