/**
 * Inbound ports: one {@code <Verb><Thing>UseCase} per screen-level question, each with a nested query record,
 * and the result records shaped for the front end (no JSON annotations; the web adapter maps them).
 * <p>Depends only on the JDK, {@code com.padelyzer.bff.domain} and {@code ..application.cache}.
 */
package com.padelyzer.bff.application.port.in;
