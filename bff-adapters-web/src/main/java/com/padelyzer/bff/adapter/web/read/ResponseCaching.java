package com.padelyzer.bff.adapter.web.read;

/**
 * Whether {@link ReadPath} keeps rendered answers in the response cache (on by default: the database's change
 * notifications evict them; off serves every request from the database, for comparisons). The composition root sets
 * it from {@code bff.cache.responses}.
 */
public record ResponseCaching(boolean enabled) {
}
