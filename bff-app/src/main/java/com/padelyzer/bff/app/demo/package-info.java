/**
 * Deterministic demo data for the embedded default: Padelyzer organizations, clubs, courts, schedules,
 * people and a season of reservations, written with plain JDBC. Used only by the composition root.
 */
package com.padelyzer.bff.app.demo;
