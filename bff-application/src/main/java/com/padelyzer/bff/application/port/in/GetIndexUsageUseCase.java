package com.padelyzer.bff.application.port.in;

/** The management view of the targeted indexes (SPEC §7, {@code /api/management/bff/database/indexes/}). */
public interface GetIndexUsageUseCase {

    IndexUsageReport getIndexUsage(GetIndexUsageQuery query);

    record GetIndexUsageQuery() {
    }
}
