package com.padelyzer.bff.adapter.persistence.rollup;

import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Folds the pending rows of {@code bff_reservation_day_sums} (one per statement of the main system that changed a
 * club-day's counted reservations) into one row per club-day, so that a dashboard reads about one row per day of
 * its span. Runs every {@code bff.analytics.rollup-compaction-interval} (10 s) on one instance at a time (the SQL
 * function takes an advisory lock), in batches of {@value #BATCH} club-days until none is pending. A failure (the
 * database away) is logged once per outage and retried at the next run; reads stay exact meanwhile, since they sum
 * every row of a club-day.
 */
@Singleton
final class ReservationDaySumsCompaction {

    static final int BATCH = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(ReservationDaySumsCompaction.class);

    private final DataSource pool;
    private volatile boolean failing;

    ReservationDaySumsCompaction(DataSource dataSource, DataSourceResolver resolver) {
        this.pool = resolver.resolve(dataSource);
    }

    @Scheduled(fixedDelay = "${bff.analytics.rollup-compaction-interval:10s}",
            initialDelay = "${bff.analytics.rollup-compaction-interval:10s}")
    void compactPendingDaySums() {
        try {
            int folded = compact();
            if (failing) {
                failing = false;
                LOG.info("Folding the analytics day sums works again ({} club-days folded)", folded);
            }
        } catch (SQLException failure) {
            if (!failing) {
                failing = true;
                LOG.warn("Could not fold the analytics day sums (SQL state {}); retrying at the next run",
                        failure.getSQLState());
            }
        }
    }

    /** Folds every pending club-day; returns how many it folded. */
    int compact() throws SQLException {
        int total = 0;
        try (Connection connection = pool.getConnection();
             PreparedStatement fold = connection.prepareStatement("SELECT bff_compact_reservation_day_sums(?)")) {
            fold.setInt(1, BATCH);
            int folded;
            do {
                try (ResultSet row = fold.executeQuery()) {
                    row.next();
                    folded = row.getInt(1);
                }
                total += folded;
            } while (folded == BATCH);
        }
        return total;
    }
}
