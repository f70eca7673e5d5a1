package com.padelyzer.bff.application.port.out;

import java.util.Optional;

/** Where the read path keeps rendered answers under the policy's keys; the store honours each entry's TTL. */
public interface ResponseCachePort {

    Optional<CachedResponse> find(String key);

    void keep(String key, CachedResponse response);
}
