package com.padelyzer.bff.app;

import com.padelyzer.bff.adapter.persistence.statement.DatabaseWorkMeter;
import com.padelyzer.bff.adapter.web.read.DatabaseWork;
import com.padelyzer.bff.adapter.web.read.ResponseCaching;
import com.padelyzer.bff.adapter.web.read.StatementCounter;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Wires what one adapter needs from another without either knowing the other: the web adapter's read path counts
 * statements with the persistence adapter's meter, and learns from configuration whether to keep responses.
 */
@Factory
final class AdapterFactory {

    @Singleton
    StatementCounter statementCounter(DatabaseWorkMeter meter) {
        return new StatementCounter() {
            @Override
            public void start() {
                meter.startMeasuring();
            }

            @Override
            public DatabaseWork finish() {
                var measured = meter.finishMeasuring();
                return new DatabaseWork(measured.statements(), measured.nanos());
            }
        };
    }

    @Singleton
    ResponseCaching responseCaching(CacheSettings settings) {
        return new ResponseCaching(settings.responses());
    }
}
