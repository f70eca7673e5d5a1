/**
 * Weekly opening hours of a club and how a date resolves to opening hours.
 * <p>Depends only on the JDK and other {@code com.padelyzer.bff.domain} packages; no framework.
 */
package com.padelyzer.bff.domain.schedule;
