/**
 * Outbound ports: what the core needs from outside, each sized for one consistent read (one adapter call, one or
 * two SQL statements). Single lookups return Optional; collections are never null.
 * <p>Depends only on the JDK, {@code com.padelyzer.bff.domain} and {@code ..application.cache}.
 */
package com.padelyzer.bff.application.port.out;
