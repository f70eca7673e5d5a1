/**
 * Availability of a club's courts on one date (the bulk grid and the single check) and its summary.
 * <p>Depends only on the JDK and other {@code com.padelyzer.bff.domain} packages; no framework.
 */
package com.padelyzer.bff.domain.availability;
