package com.padelyzer.bff.adapter.persistence.statement;

import com.padelyzer.bff.application.port.out.DatabaseWork;
import com.padelyzer.bff.application.port.out.MeasureDatabaseWorkPort;
import jakarta.inject.Singleton;

/**
 * Measures the statements the current thread sends, as counted by {@link StatementRecorder} where they leave
 * for the database. Measurements nest: each {@link #finishMeasuring()} closes the innermost open one.
 */
@Singleton
final class DatabaseWorkMeter implements MeasureDatabaseWorkPort {

    private final StatementRecorder recorder;

    DatabaseWorkMeter(StatementRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void startMeasuring() {
        recorder.open();
    }

    @Override
    public DatabaseWork finishMeasuring() {
        StatementTally tally = recorder.close();
        if (tally == null) {
            return DatabaseWork.NONE;
        }
        return new DatabaseWork(tally.statements(), tally.duplicates(), tally.nanos());
    }
}
