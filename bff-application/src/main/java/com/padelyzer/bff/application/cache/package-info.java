/**
 * Cache policy: key building (SPEC §6), TTLs per cache type, and which keys a data change makes stale.
 * Each {@link com.padelyzer.bff.application.cache.CacheType} owns its key prefix. The store is behind the
 * {@code ResponseCachePort} and {@code EvictCachedResponsesPort} out-ports. Depends only on the JDK and the domain.
 */
package com.padelyzer.bff.application.cache;
