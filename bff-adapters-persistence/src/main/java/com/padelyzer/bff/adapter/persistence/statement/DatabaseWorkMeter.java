package com.padelyzer.bff.adapter.persistence.statement;

import jakarta.inject.Singleton;

/**
 * Measures the statements the current thread sends, as counted by {@link StatementRecorder} where they leave
 * for the database. Measurements nest: each {@link #finishMeasuring()} closes the innermost open one. This is
 * infrastructure, not a port of the core: the composition root hands it to the web adapter's request path.
 */
@Singleton
public final class DatabaseWorkMeter {

    private final StatementRecorder recorder;

    DatabaseWorkMeter(StatementRecorder recorder) {
        this.recorder = recorder;
    }

    public void startMeasuring() {
        recorder.open();
    }

    public DatabaseWork finishMeasuring() {
        StatementTally tally = recorder.close();
        if (tally == null) {
            return DatabaseWork.NONE;
        }
        return new DatabaseWork(tally.statements(), tally.duplicates(), tally.similar(), tally.nanos());
    }
}
