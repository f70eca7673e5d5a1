/**
 * Deterministic data: the embedded default's demo data set (Padelyzer organizations, clubs, courts, schedules,
 * people and a season of reservations, written with plain JDBC), and {@link com.padelyzer.bff.app.demo.GenerateData},
 * the command that loads it or, in set-based SQL, a club network at scale. Used only by the composition root and
 * from the command line.
 */
package com.padelyzer.bff.app.demo;
