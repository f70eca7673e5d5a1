/**
 * The read path every read goes through (authorize, cache key, lookup, compute, render, store, respond), the
 * caller as a controller argument, and Server-Timing. Depends on the application's in-ports and cache policy.
 */
package com.padelyzer.bff.adapter.web.read;
