package com.padelyzer.bff.app.embedded;

import com.padelyzer.bff.app.demo.DemoDataLoader;
import com.padelyzer.bff.app.demo.DemoUsers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.server.EmbeddedServer;

import javax.sql.DataSource;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The embedded default of SPEC §1: an embedded PostgreSQL migrated by Flyway at startup, deterministic demo data,
 * a JWT secret made for this run, and a banner with demo tokens and ready-to-paste curl lines.
 */
public final class EmbeddedDefault {

    private final EmbeddedPostgresServer postgres;
    private final DemoTokens tokens;
    private final Clock clock;
    private final long startedAtNanos;

    private EmbeddedDefault(EmbeddedPostgresServer postgres, DemoTokens tokens, Clock clock, long startedAtNanos) {
        this.postgres = postgres;
        this.tokens = tokens;
        this.clock = clock;
        this.startedAtNanos = startedAtNanos;
    }

    public static EmbeddedDefault start() {
        long startedAt = System.nanoTime();
        Clock clock = Clock.systemUTC();
        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start();
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "embedded-postgres-stop"));
        return new EmbeddedDefault(postgres, DemoTokens.withGeneratedSecret(clock), clock, startedAt);
    }

    /** Properties that point the application context at the embedded database and the run's own secret. */
    public Map<String, Object> contextProperties() {
        return Map.of(
                "datasources.default.url", postgres.jdbcUrl(),
                "datasources.default.username", postgres.user(),
                "datasources.default.password", "",
                "bff.jwt.secret", tokens.secret());
    }

    public void loadDemoDataAndAnnounce(ApplicationContext context) {
        DataSource pool = context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
        DemoUsers demo = new DemoDataLoader(pool, clock).load();
        String url = context.getBean(EmbeddedServer.class).getURL().toString();
        printBanner(System.out, url, demo, Duration.ofNanos(System.nanoTime() - startedAtNanos));
    }

    private void printBanner(PrintStream out, String url, DemoUsers demo, Duration startup) {
        String staffToken = tokens.accessTokenFor(demo.staffUserId());
        String ownerToken = tokens.accessTokenFor(demo.clubOwnerUserId());
        String adminToken = tokens.accessTokenFor(demo.organizationAdminUserId());
        String memberToken = tokens.accessTokenFor(demo.clubMemberUserId());
        String today = clock.instant().atZone(demo.demoClubZone()).toLocalDate().toString();
        out.printf("""

                ==== Padel BFF: embedded default ready in %d ms ====
                URL:        %s
                Health:     %s/health
                Demo data:  embedded PostgreSQL (%s), loaded for today %s; demo club %s
                Tokens are signed with a secret made for this run (HS256, valid 12 h):
                  staff user       (%s): %s
                  club owner user  (%s): %s
                  org admin user   (%s): %s
                  club member user (%s): %s

                Try:
                  curl -s -H 'Authorization: Bearer %s' '%s/api/bff/bi/analytics/club/?club=%s&period=month'
                  curl -s -H 'Authorization: Bearer %s' '%s/api/bff/auth/context/'
                  curl -s -H 'Authorization: Bearer %s' '%s/api/bff/bi/availability/bulk/?club=%s&date=%s'
                ================================================

                """,
                startup.toMillis(), url, url, postgres.jdbcUrl(), today, demo.demoClubId(),
                demo.staffEmail(), staffToken, demo.clubOwnerEmail(), ownerToken, demo.organizationAdminEmail(), adminToken,
                demo.clubMemberEmail(), memberToken,
                ownerToken, url, demo.demoClubId(),
                memberToken, url,
                memberToken, url, demo.demoClubId(), today);
        out.flush();
    }
}
