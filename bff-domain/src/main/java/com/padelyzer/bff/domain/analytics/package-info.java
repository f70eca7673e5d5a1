/**
 * The dashboard's figures of one window (occupancy, revenue, customers) computed together from one snapshot.
 * <p>Depends only on the JDK and other {@code com.padelyzer.bff.domain} packages; no framework.
 */
package com.padelyzer.bff.domain.analytics;
