package com.padelyzer.bff.adapter.persistence.change;

import com.padelyzer.bff.application.cache.DataChange.ClubChanged;
import com.padelyzer.bff.application.cache.DataChange.EverythingChanged;
import com.padelyzer.bff.application.cache.DataChange.ReservationChanged;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

/** reservations_reservation: every written (club, date), old and new, once per statement. */
class ReservationNotificationsIT extends ListeningTest {

    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

    @Test
    void a_new_reservation_names_its_club_and_date() {
        UUID club = UUID.randomUUID();
        listen();

        reserve(club, DEC_1);

        changes.expectExactly(new ReservationChanged(clubId(club), DEC_1));
    }

    @Test
    void moving_a_reservation_to_another_date_names_the_old_and_the_new_date() {
        UUID club = UUID.randomUUID();
        String id = reserve(club, DEC_1);
        listen();

        db.execute("UPDATE reservations_reservation SET date = '2026-12-05' WHERE id = '" + id + "'");

        changes.expectExactly(new ReservationChanged(clubId(club), DEC_1),
                new ReservationChanged(clubId(club), LocalDate.of(2026, 12, 5)));
    }

    @Test
    void cancelling_a_reservation_names_its_club_and_date_once() {
        UUID club = UUID.randomUUID();
        String id = reserve(club, DEC_1);
        listen();

        db.execute("UPDATE reservations_reservation SET status = 'cancelled' WHERE id = '" + id + "'");

        changes.expectExactly(new ReservationChanged(clubId(club), DEC_1));
    }

    @Test
    void deleting_a_reservation_names_its_club_and_date() {
        UUID club = UUID.randomUUID();
        String id = reserve(club, DEC_1);
        listen();

        db.execute("DELETE FROM reservations_reservation WHERE id = '" + id + "'");

        changes.expectExactly(new ReservationChanged(clubId(club), DEC_1));
    }

    @Test
    void a_bulk_insert_of_1000_reservations_over_3_club_dates_names_each_pair_once() {
        UUID clubA = UUID.randomUUID();
        UUID clubB = UUID.randomUUID();
        listen();

        db.execute("INSERT INTO reservations_reservation (organization_id, club_id, court_id, date, start_time, end_time) "
                + "SELECT '" + ORGANIZATION + "', CASE WHEN g % 3 = 2 THEN '" + clubB + "'::uuid ELSE '" + clubA
                + "'::uuid END, gen_random_uuid(), DATE '2026-12-01' + (g % 3 = 1)::int, '10:00', '11:00' "
                + "FROM generate_series(1, 1000) AS g");

        changes.expectExactly(new ReservationChanged(clubId(clubA), DEC_1),
                new ReservationChanged(clubId(clubA), DEC_1.plusDays(1)),
                new ReservationChanged(clubId(clubB), DEC_1));
    }

    @Test
    void a_statement_over_more_than_31_dates_of_one_club_names_that_club_instead() {
        UUID busy = UUID.randomUUID();
        UUID quiet = UUID.randomUUID();
        listen();

        db.execute("INSERT INTO reservations_reservation (organization_id, club_id, court_id, date, start_time, end_time) "
                + "SELECT '" + ORGANIZATION + "'::uuid, '" + busy + "'::uuid, gen_random_uuid(), DATE '2026-12-01' + g, "
                + "TIME '10:00', TIME '11:00' FROM generate_series(0, 31) AS g "
                + "UNION ALL SELECT '" + ORGANIZATION + "', '" + quiet + "', gen_random_uuid(), DATE '2026-12-01', "
                + "'10:00', '11:00'");

        changes.expectExactly(new ClubChanged(clubId(busy)), new ReservationChanged(clubId(quiet), DEC_1));
    }

    @Test
    void an_update_that_changes_no_row_notifies_nothing() {
        listen();

        db.execute("UPDATE reservations_reservation SET status = 'cancelled' WHERE club_id = '" + UUID.randomUUID() + "'");

        changes.expectExactly();
    }

    @Test
    void truncating_the_reservations_flushes_everything() {
        listen();

        db.execute("TRUNCATE reservations_reservation");

        changes.expectExactly(new EverythingChanged());
    }

    private String reserve(UUID club, LocalDate date) {
        return db.queryColumn("INSERT INTO reservations_reservation (organization_id, club_id, court_id, date, "
                + "start_time, end_time) VALUES ('" + ORGANIZATION + "', '" + club + "', gen_random_uuid(), '" + date
                + "', '10:00', '11:00') RETURNING id").get(0);
    }
}
