package com.padelyzer.bff.application.port.out;

/** Reads the usage statistics of the service's {@code idx_bff_*} indexes in one statement. */
public interface LoadIndexStatisticsPort {
    IndexStatistics loadIndexStatistics();
}
