/**
 * Inbound ports: one {@code <Verb><Thing>UseCase} per screen-level question, each with a nested query record,
 * and the result records shaped for the front end. Results hold typed values and domain records, never their text
 * forms: the web adapter renders them.
 * <p>Depends only on the JDK, {@code com.padelyzer.bff.domain} and {@code ..application.cache}.
 */
package com.padelyzer.bff.application.port.in;
