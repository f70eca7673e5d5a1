package com.padelyzer.bff.application.port.out;

/**
 * Measures the SQL statements that the current thread sends between {@link #startMeasuring()} and
 * {@link #finishMeasuring()}, counted where they leave for the database, so that query counts in responses and
 * monitoring are measured, not estimated. Work outside a measurement is not counted against anyone.
 */
public interface MeasureDatabaseWorkPort {

    void startMeasuring();

    DatabaseWork finishMeasuring();
}
