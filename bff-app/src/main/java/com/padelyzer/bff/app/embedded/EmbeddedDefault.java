package com.padelyzer.bff.app.embedded;

import com.padelyzer.bff.app.demo.DemoDataLoader;
import com.padelyzer.bff.app.demo.DemoUsers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * The embedded default of SPEC §1: an embedded PostgreSQL migrated by Flyway at startup, deterministic demo data,
 * a JWT secret made for this run, and a banner with demo tokens and ready-to-paste curl lines.
 * <p>
 * Ready means ready (SPEC §8): the HTTP port opens only after the demo data is committed, and the banner follows,
 * so neither {@code /health} nor a printed curl line can meet an empty database.
 */
public final class EmbeddedDefault {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDefault.class);

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
        LOG.info("Embedded PostgreSQL started at {}; migrating and loading the demo data", postgres.jdbcUrl());
        return new EmbeddedDefault(postgres, DemoTokens.withGeneratedSecret(clock), clock, startedAt);
    }

    /**
     * Starts the application context (Flyway migrates the embedded database), loads the demo data, and only then
     * starts the HTTP server and prints the banner. Stopping the JVM stops the server, the context and the database,
     * in that order.
     */
    public void run(Micronaut micronaut) {
        ApplicationContext context = micronaut.properties(contextProperties()).build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(context), "bff-embedded-stop"));
        context.start();
        DemoUsers demo = loadDemoData(context);
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        server.start();
        new ReadyBanner(tokens, clock).print(System.out, server.getURL().toString(), postgres.jdbcUrl(), demo,
                Duration.ofNanos(System.nanoTime() - startedAtNanos));
    }

    private Map<String, Object> contextProperties() {
        return Map.of(
                "datasources.default.url", postgres.jdbcUrl(),
                "datasources.default.username", postgres.user(),
                "datasources.default.password", "",
                "bff.jwt.secret", tokens.secret());
    }

    private DemoUsers loadDemoData(ApplicationContext context) {
        DataSource pool = context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
        return new DemoDataLoader(pool, clock).load();
    }

    private void stop(ApplicationContext context) {
        try {
            if (context.isRunning()) {
                context.findBean(EmbeddedServer.class).filter(EmbeddedServer::isRunning).ifPresent(EmbeddedServer::stop);
                context.close();
            }
        } finally {
            postgres.close();
        }
    }
}
