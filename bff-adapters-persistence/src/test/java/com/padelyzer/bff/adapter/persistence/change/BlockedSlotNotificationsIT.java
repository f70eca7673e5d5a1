package com.padelyzer.bff.adapter.persistence.change;

import com.padelyzer.bff.application.cache.DataChange.BlockedSlotChanged;
import com.padelyzer.bff.application.cache.DataChange.ClubChanged;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

/**
 * reservations_blockedslot: the club and the UTC dates of the block's start and end, widened by a day each side
 * (a club's zone is within a day of UTC); more than 32 dates name the club.
 */
class BlockedSlotNotificationsIT extends ListeningTest {

    private static final UUID ORGANIZATION = UUID.randomUUID();

    @Test
    void a_new_block_names_its_club_and_its_utc_dates_widened_by_a_day() {
        UUID club = UUID.randomUUID();
        listen();

        block(club, "2026-12-01T23:00:00Z", "2026-12-02T01:00:00Z");

        changes.expectExactly(new BlockedSlotChanged(clubId(club), date("2026-11-30"), date("2026-12-03")));
    }

    @Test
    void a_block_stated_in_another_zone_is_dated_in_utc() {
        UUID club = UUID.randomUUID();
        listen();

        block(club, "2026-12-01T20:00:00-06:00", "2026-12-01T21:00:00-06:00");

        changes.expectExactly(new BlockedSlotChanged(clubId(club), date("2026-12-01"), date("2026-12-03")));
    }

    @Test
    void moving_a_block_names_the_old_and_the_new_range() {
        UUID club = UUID.randomUUID();
        String id = block(club, "2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z");
        listen();

        db.execute("UPDATE reservations_blockedslot SET start_datetime = start_datetime + interval '7 days', "
                + "end_datetime = end_datetime + interval '7 days' WHERE id = '" + id + "'");

        changes.expectExactly(new BlockedSlotChanged(clubId(club), date("2026-11-30"), date("2026-12-02")),
                new BlockedSlotChanged(clubId(club), date("2026-12-07"), date("2026-12-09")));
    }

    @Test
    void deleting_a_block_names_its_range() {
        UUID club = UUID.randomUUID();
        String id = block(club, "2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z");
        listen();

        db.execute("DELETE FROM reservations_blockedslot WHERE id = '" + id + "'");

        changes.expectExactly(new BlockedSlotChanged(clubId(club), date("2026-11-30"), date("2026-12-02")));
    }

    @Test
    void a_block_of_32_dates_is_still_a_range_and_one_of_33_names_the_club() {
        UUID fits = UUID.randomUUID();
        UUID tooLong = UUID.randomUUID();
        listen();

        // widened: 2026-11-30 .. 2026-12-31 is 32 dates; 2026-11-30 .. 2027-01-01 is 33
        block(fits, "2026-12-01T10:00:00Z", "2026-12-30T10:00:00Z");
        block(tooLong, "2026-12-01T10:00:00Z", "2026-12-31T10:00:00Z");

        changes.expectExactly(new BlockedSlotChanged(clubId(fits), date("2026-11-30"), date("2026-12-31")),
                new ClubChanged(clubId(tooLong)));
    }

    @Test
    void a_block_with_an_infinite_end_is_written_and_names_its_club() {
        UUID forever = UUID.randomUUID();
        UUID always = UUID.randomUUID();
        listen();

        // before V6 the trigger's "cannot subtract infinite dates" failed the main system's own INSERT
        block(forever, "2026-12-01T10:00:00Z", "infinity");
        block(always, "-infinity", "2026-12-01T10:00:00Z");

        changes.expectExactly(new ClubChanged(clubId(forever)), new ClubChanged(clubId(always)));
    }

    private String block(UUID club, String start, String end) {
        return db.queryColumn("INSERT INTO reservations_blockedslot (organization_id, club_id, start_datetime, "
                + "end_datetime) VALUES ('" + ORGANIZATION + "', '" + club + "', '" + start + "', '" + end
                + "') RETURNING id").get(0);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
