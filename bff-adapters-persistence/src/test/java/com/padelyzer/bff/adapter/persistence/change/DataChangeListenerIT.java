package com.padelyzer.bff.adapter.persistence.change;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import com.padelyzer.bff.application.cache.DataChange.EverythingChanged;
import com.padelyzer.bff.application.cache.DataChange.UserChanged;
import com.padelyzer.bff.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The listener itself: it outlives a killed connection, garbage payloads and a failing consumer, and stops cleanly. */
class DataChangeListenerIT extends ListeningTest {

    /** Reconnecting waits 100 ms first, then up to twice as long each time. */
    private static final Duration RECONNECTED_WITHIN = Duration.ofSeconds(3);

    @Test
    void reconnects_by_itself_after_its_connection_is_killed_flushes_everything_and_hears_later_changes() {
        long user = user();
        listen();

        assertThat(terminateListenerSessions()).isEqualTo(1);

        changes.expectExactly(RECONNECTED_WITHIN, new EverythingChanged());
        assertThat(listener.isConnected()).isTrue();
        assertThat(listener.reconnects()).isEqualTo(1);

        db.execute("UPDATE authentication_user SET first_name = 'Eva' WHERE id = " + user);
        changes.expectExactly(new UserChanged(new UserId(user)));
    }

    @Test
    void ignores_malformed_payloads_and_keeps_listening() {
        long user = user();
        listen();

        db.execute("SELECT pg_notify('bff_changes', 'garbage')");
        db.execute("SELECT pg_notify('bff_changes', '{\"t\":\"reservation\",\"club\":\"not-a-uuid\",\"date\":\"2026-12-01\"}')");
        db.execute("SELECT pg_notify('bff_changes', '{\"t\":\"something-new\"}')");
        db.execute("UPDATE authentication_user SET first_name = 'Eva' WHERE id = " + user);

        changes.expectExactly(new UserChanged(new UserId(user)));
        assertThat(listener.notificationsReceived()).isEqualTo(4);
        assertThat(listener.unreadableNotifications()).isEqualTo(3);
        assertThat(listener.isConnected()).isTrue();
    }

    @Test
    void keeps_listening_when_the_consumer_throws() {
        long user = user();
        AtomicBoolean failedOnce = new AtomicBoolean();
        listener = new DataChangeListener(ChangeTestDatabase.listenerDatabase(), change -> {
            if (failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("store down");
            }
            changes.accept(change);
        });
        listener.start();

        db.execute("UPDATE authentication_user SET first_name = 'Eva' WHERE id = " + user);
        db.execute("UPDATE authentication_user SET first_name = 'Ana' WHERE id = " + user);

        changes.expectExactly(new UserChanged(new UserId(user)));
        assertThat(failedOnce).isTrue();
    }

    @Test
    void flushes_everything_when_it_connects_after_a_failed_first_attempt() {
        TestDatabase late = TestDatabase.createEmpty();
        db.execute("ALTER DATABASE " + late.name() + " RENAME TO " + late.name() + "_away");
        try {
            listener = new DataChangeListener(new ListenerDatabase(late.jdbcUrl(), late.user(), late.password()), changes);
            listener.start();
            assertThat(listener.isConnected()).as("connected to a database that is not there").isFalse();
        } finally {
            db.execute("ALTER DATABASE " + late.name() + "_away RENAME TO " + late.name());
        }

        changes.expectExactly(Duration.ofSeconds(6), new EverythingChanged());
        assertThat(listener.isConnected()).isTrue();
        assertThat(listener.reconnects()).isEqualTo(1);
    }

    @Test
    void close_ends_its_database_session() throws InterruptedException {
        listen();
        assertThat(listenerSessions()).isEqualTo(1);

        listener.close();

        assertThat(listener.isConnected()).isFalse();
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (listenerSessions() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(listenerSessions()).isZero();
    }

    private int terminateListenerSessions() {
        return db.queryColumn("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                + "current_database() AND application_name = '" + DataChangeListener.APPLICATION_NAME + "'").size();
    }

    private int listenerSessions() {
        return Integer.parseInt(db.queryColumn("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                + "current_database() AND application_name = '" + DataChangeListener.APPLICATION_NAME + "'").get(0));
    }
}
