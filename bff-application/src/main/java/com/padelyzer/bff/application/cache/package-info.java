/**
 * Cache policy: key building (SPEC §6), TTLs per cache type, and which keys a data change makes stale.
 * The store itself is the {@code CacheStorePort} out-port. Depends only on the JDK and the domain.
 */
package com.padelyzer.bff.application.cache;
