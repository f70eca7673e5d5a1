/**
 * Reservations of courts and the statuses that count for analytics or hold a court.
 * <p>Depends only on the JDK and other {@code com.padelyzer.bff.domain} packages; no framework.
 */
package com.padelyzer.bff.domain.reservation;
