/**
 * Occupancy of a club over a date window: available versus booked minutes.
 * <p>Depends only on the JDK and other {@code com.padelyzer.bff.domain} packages; no framework.
 */
package com.padelyzer.bff.domain.occupancy;
