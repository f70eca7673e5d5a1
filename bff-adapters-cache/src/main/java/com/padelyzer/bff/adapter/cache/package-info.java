/**
 * The cache store port on Caffeine (in-process, L1). Implements application.port.out.CacheStorePort; depends on the
 * application's ports and cache policy only, never on other adapters.
 */
package com.padelyzer.bff.adapter.cache;
