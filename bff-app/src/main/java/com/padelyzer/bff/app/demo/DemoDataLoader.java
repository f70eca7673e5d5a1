package com.padelyzer.bff.app.demo;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Loads the demo data set into a migrated database, in one transaction. The data depends only on the clock's
 * instant: the same instant gives the same rows and ids. If the demo data is already there, nothing is written.
 */
public final class DemoDataLoader {

    private final DataSource dataSource;
    private final Clock clock;

    public DemoDataLoader(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The demo users to mint tokens for; loads the data first unless an earlier call already did. */
    public DemoUsers load() {
        OffsetDateTime now = clock.instant().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (!alreadyLoaded(connection)) {
                    DemoCatalog catalog = new DemoCatalog();
                    catalog.write(connection, now);
                    new DemoPeople().write(connection, now, catalog);
                    new DemoReservations().write(connection, now, catalog);
                    new DemoBlockedSlots().write(connection, now, catalog);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("loading the demo data failed", e);
        }
        return demoUsers();
    }

    public static DemoUsers demoUsers() {
        return new DemoUsers(DemoPeople.PLATFORM_STAFF, DemoPeople.STAFF_EMAIL, DemoPeople.CLUB_OWNER,
                DemoPeople.CLUB_OWNER_EMAIL, DemoPeople.TWO_ORGANIZATION_ADMIN, DemoPeople.ORGANIZATION_ADMIN_EMAIL,
                DemoPeople.CLUB_MEMBER, DemoPeople.CLUB_MEMBER_EMAIL, DemoIds.club(1),
                DemoCatalog.DEFAULT_ZONE);
    }

    private static boolean alreadyLoaded(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM root_organization WHERE id = ?")) {
            query.setObject(1, DemoIds.organization(1));
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }
}
