package com.padelyzer.bff.adapter.persistence.change;

import com.padelyzer.bff.application.cache.DataChange.EveryDashboardChanged;
import com.padelyzer.bff.application.cache.DataChange.ReservationChanged;
import com.padelyzer.bff.application.cache.DataChange.UserChanged;
import com.padelyzer.bff.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V5: every payload says when its transaction first wrote ({@code "at"}, the database's clock), one time per
 * transaction, so V4's de-duplication of identical payloads within a transaction still holds.
 */
class ChangeTimesIT extends ListeningTest {

    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);
    /** The database runs on this machine; its clock and the JVM's agree far better than this. */
    private static final Duration CLOCKS_AGREE = Duration.ofMillis(500);

    @Test
    void a_committed_reservation_is_handed_over_with_when_it_was_written() {
        UUID club = UUID.randomUUID();
        listen();
        Instant before = Instant.now();

        reserve(club, "10:00");
        Instant after = Instant.now();

        changes.expectExactly(new ReservationChanged(clubId(club), DEC_1));
        Instant writtenAt = only(changes.notified()).writtenAt().orElseThrow();
        assertThat(writtenAt).isBetween(before.minus(CLOCKS_AGREE), after.plus(CLOCKS_AGREE));
    }

    @Test
    void two_statements_of_one_transaction_on_the_same_date_still_notify_once_with_the_first_ones_time() {
        UUID club = UUID.randomUUID();
        listen();

        db.execute("BEGIN;\n" + reservation(club, "10:00") + ";\nSELECT pg_sleep(0.05);\n"
                + reservation(club, "12:00") + ";\nCOMMIT;");

        changes.expectExactly(new ReservationChanged(clubId(club), DEC_1));
    }

    @Test
    void separate_transactions_each_carry_their_own_time() {
        long user = user();
        listen();

        db.execute("UPDATE authentication_user SET first_name = 'Eva' WHERE id = " + user);
        db.execute("SELECT pg_sleep(0.05)");
        db.execute("UPDATE authentication_user SET first_name = 'Ana' WHERE id = " + user);

        changes.expectExactly(new UserChanged(new UserId(user)), new UserChanged(new UserId(user)));
        List<NotifiedChange> notified = changes.notified();
        Instant first = notified.get(0).writtenAt().orElseThrow();
        Instant second = notified.get(1).writtenAt().orElseThrow();
        assertThat(Duration.between(first, second)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    }

    @Test
    void a_fixed_payload_carries_the_time_too() {
        listen();

        db.execute("TRUNCATE clients_clientprofile");

        changes.expectExactly(new EveryDashboardChanged());
        assertThat(only(changes.notified()).writtenAt()).isPresent();
    }

    @Test
    void a_payload_without_a_time_is_still_evicted_for() {
        listen();

        db.execute("SELECT pg_notify('bff_changes', '{\"t\":\"dashboards\"}')");

        changes.expectExactly(new EveryDashboardChanged());
        assertThat(only(changes.notified()).writtenAt()).isEmpty();
    }

    private void reserve(UUID club, String start) {
        db.execute(reservation(club, start));
    }

    private static String reservation(UUID club, String start) {
        return "INSERT INTO reservations_reservation (organization_id, club_id, court_id, date, start_time, end_time) "
                + "VALUES (gen_random_uuid(), '" + club + "', gen_random_uuid(), '" + DEC_1 + "', '" + start
                + "', '" + start.replace(":00", ":59") + "')";
    }

    private static NotifiedChange only(List<NotifiedChange> notified) {
        assertThat(notified).hasSize(1);
        return notified.get(0);
    }
}
