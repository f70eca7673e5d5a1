/**
 * The cache ports on Caffeine (in process, L1) and, when configured, Redis via Lettuce (L2, shared by the instances,
 * which announce evictions to each other on a pub/sub channel). Depends on the application's ports and cache policy
 * only, never on other adapters.
 */
package com.padelyzer.bff.adapter.cache;
