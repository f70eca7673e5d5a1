package com.padelyzer.bff.application.port.out;

import java.util.Optional;

/**
 * Where the read path keeps rendered answers under the policy's keys; the store honours each entry's TTL.
 *
 * <p>An answer computed from data read before a change must not be kept after that change's eviction: the read
 * path takes an {@link #evictionMark()} before computing and hands it to {@link #keep}, which refuses the entry
 * when an eviction matching its key was recorded since the mark.
 */
public interface ResponseCachePort {

    Optional<CachedResponse> find(String key);

    /** A mark of the evictions recorded so far on this instance (those it made and those it heard of). */
    long evictionMark();

    /** Keeps {@code response} unless an eviction matching {@code key} came after {@code mark}; true when kept. */
    boolean keep(String key, CachedResponse response, long mark);
}
