package com.padelyzer.bff.app;

import com.padelyzer.bff.adapter.cache.L1Capacity;
import com.padelyzer.bff.adapter.persistence.snapshot.DefaultClubZone;
import com.padelyzer.bff.adapter.persistence.statement.DatabaseWorkMeter;
import com.padelyzer.bff.adapter.web.monitoring.RequestMonitoring;
import com.padelyzer.bff.adapter.web.read.DatabaseWork;
import com.padelyzer.bff.adapter.web.read.ResponseCaching;
import com.padelyzer.bff.adapter.web.read.StatementCounter;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * Wires what the adapters need: the web adapter's read path counts statements with the persistence adapter's meter
 * (without either knowing the other), and each adapter gets its settings as plain values from the configuration
 * records.
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
                return new DatabaseWork(measured.statements(), measured.duplicateStatements(),
                        measured.similarStatements(), measured.nanos());
            }
        };
    }

    @Singleton
    ResponseCaching responseCaching(CacheSettings settings) {
        return new ResponseCaching(settings.responses());
    }

    @Singleton
    RequestMonitoring requestMonitoring(MonitoringSettings settings) {
        return settings.requestMonitoring();
    }

    @Singleton
    L1Capacity l1Capacity(CacheSettings settings) {
        return new L1Capacity(settings.l1().maxBytes());
    }

    @Singleton
    DefaultClubZone defaultClubZone(ServiceSettings settings) {
        return new DefaultClubZone(settings.timezone());
    }
}
