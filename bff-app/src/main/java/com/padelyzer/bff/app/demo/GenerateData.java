package com.padelyzer.bff.app.demo;

import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The data generator, without Micronaut: migrates the database with the project's Flyway migrations, then loads
 * one of two sizes. {@code demo} is the embedded default's data set ({@link DemoDataLoader}); {@code large} is a club
 * network ({@link ScaleDataGenerator}), 100 clubs in 20 organizations by default. A line per phase with its time,
 * then rows per table and the total.
 * <pre>
 * mvn -q -o -pl bff-app -am package -DskipTests
 * java -cp bff-app/target/bff-app-0.1.0-SNAPSHOT.jar com.padelyzer.bff.app.demo.GenerateData \
 *     --size large --db-url jdbc:postgresql://127.0.0.1:5432/bff_scale [--db-user postgres] [--db-password ...] \
 *     [--organizations 20] [--clubs 100] [--courts-per-club 8] [--years 2 | --months 24] [--users 20000]
 *     [--seed 20260301] [--today 2026-12-01]
 * </pre>
 */
public final class GenerateData {

    private static final List<String> OPTIONS = List.of("--size", "--db-url", "--db-user", "--db-password",
            "--organizations", "--clubs", "--courts-per-club", "--years", "--months", "--users", "--seed", "--today");

    private GenerateData() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** Returns the process exit code: 0 done, 2 bad arguments, 1 the database refused. */
    static int run(String[] args, PrintStream out) {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            out.println("GenerateData: " + e.getMessage());
            out.println("usage: GenerateData --size demo|large --db-url jdbc:postgresql://host:port/db "
                    + "[--db-user postgres] [--db-password secret] [--organizations 20] [--clubs 100] "
                    + "[--courts-per-club 8] [--years 2 | --months 24] [--users 20000] [--seed 20260301] [--today YYYY-MM-DD]");
            return 2;
        }
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(options.get("--db-url"));
        database.setUser(options.getOrDefault("--db-user", "postgres"));
        database.setPassword(options.getOrDefault("--db-password", System.getenv().getOrDefault("PGPASSWORD", "")));
        long started = System.nanoTime();
        try {
            ScaleParameters size = "large".equals(options.get("--size")) ? parameters(options) : null;
            if (size != null) {
                out.printf("generating %d organizations, %d clubs, %d courts each, %d months to %s (+%d days), "
                                + "%d users, seed %d%n", size.organizations(), size.clubs(), size.courtsPerClub(),
                        size.months(), size.today(), ScaleParameters.FUTURE_DAYS, size.users(), size.seed());
            }
            long phase = System.nanoTime();
            migrate(database);
            out.printf("  %-48s %6.1f s%n", "migrations", seconds(phase));
            if (size == null) {
                phase = System.nanoTime();
                DemoUsers users = new DemoDataLoader(database, Clock.systemUTC()).load();
                out.printf("  %-48s %6.1f s%n", "demo data", seconds(phase));
                out.printf("demo club %s, owner user %d, member user %d%n", users.demoClubId(),
                        users.clubOwnerUserId(), users.clubMemberUserId());
            } else {
                Map<String, Long> rows;
                try (Connection connection = database.getConnection()) {
                    rows = new ScaleDataGenerator(size, out).generate(connection);
                }
                rows.forEach((table, count) -> out.printf("  %-40s %,12d rows%n", table, count));
                out.printf("club 1: owner user %d, admin %d, staff %d; organization 1: org_admin user 2; "
                        + "first client user %d%n", size.organizations() + 2, size.organizations() + 3,
                        size.organizations() + 4, size.firstClient());
            }
            out.printf("done in %.1f s%n", seconds(started));
            return 0;
        } catch (IllegalArgumentException e) {
            out.println("GenerateData: " + e.getMessage());
            return 2;
        } catch (SQLException | RuntimeException e) {
            out.println("GenerateData failed: " + e.getMessage());
            return 1;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
            }
            options.put(args[i], args[i + 1]);
        }
        if (!List.of("demo", "large").contains(options.get("--size"))) {
            throw new IllegalArgumentException("--size must be demo or large");
        }
        if (options.get("--db-url") == null || !options.get("--db-url").startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db-url jdbc:postgresql://... is required");
        }
        if (options.containsKey("--years") && options.containsKey("--months")) {
            throw new IllegalArgumentException("give --years or --months, not both");
        }
        return options;
    }

    private static ScaleParameters parameters(Map<String, String> options) {
        LocalDate today = options.containsKey("--today") ? LocalDate.parse(options.get("--today"))
                : LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC);
        ScaleParameters large = ScaleParameters.large(today);
        int months = options.containsKey("--years") ? 12 * number(options, "--years", 0)
                : number(options, "--months", large.months());
        return new ScaleParameters(number(options, "--organizations", large.organizations()),
                number(options, "--clubs", large.clubs()), number(options, "--courts-per-club", large.courtsPerClub()),
                months, number(options, "--users", large.users()),
                options.containsKey("--seed") ? Long.parseLong(options.get("--seed")) : large.seed(), today);
    }

    private static int number(Map<String, String> options, String option, int otherwise) {
        return options.containsKey(option) ? Integer.parseInt(options.get(option)) : otherwise;
    }

    /** As the application migrates (application.yml): baseline at V1 on a Padelyzer database, session-level lock. */
    private static void migrate(PGSimpleDataSource database) {
        Flyway.configure()
                .configuration(Map.of("flyway.postgresql.transactional.lock", "false"))
                .dataSource(database)
                .locations("classpath:db/migration")
                .baselineOnMigrate(true)
                .baselineVersion("1")
                .load()
                .migrate();
    }

    private static double seconds(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis() / 1000.0;
    }
}
