package com.padelyzer.bff.adapter.web.read;

/**
 * Whether {@link ReadPath} keeps rendered answers in the response cache. Off by default until answers are evicted
 * when the data behind them changes (event-driven invalidation): without it, a kept auth context could outlive a
 * membership change by its whole TTL (an hour). The composition root sets it from {@code bff.cache.responses}.
 */
public record ResponseCaching(boolean enabled) {
}
