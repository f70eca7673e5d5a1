package com.padelyzer.bff.adapter.persistence.change;

import com.padelyzer.bff.application.cache.DataChange;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationPayloadTest {

    private static final String CLUB = "7d1f4a52-0000-4000-8000-000000000001";

    private static DataChange change(String payload) throws UnreadablePayloadException {
        return NotificationPayload.read(payload).change();
    }

    @Test
    void reads_every_payload_the_triggers_write() throws UnreadablePayloadException {
        assertThat(change("{\"t\":\"reservation\",\"club\":\"" + CLUB + "\",\"date\":\"2026-12-01\"}"))
                .isEqualTo(new DataChange.ReservationChanged(ClubId.of(CLUB), LocalDate.of(2026, 12, 1)));
        assertThat(change("{\"t\":\"blocked\",\"club\":\"" + CLUB
                + "\",\"from\":\"2026-11-30\",\"to\":\"2026-12-03\"}"))
                .isEqualTo(new DataChange.BlockedSlotChanged(ClubId.of(CLUB), LocalDate.of(2026, 11, 30),
                        LocalDate.of(2026, 12, 3)));
        assertThat(change("{\"t\":\"club\",\"club\":\"" + CLUB + "\"}"))
                .isEqualTo(new DataChange.ClubChanged(ClubId.of(CLUB)));
        assertThat(change("{\"t\":\"user\",\"user\":42}"))
                .isEqualTo(new DataChange.UserChanged(new UserId(42)));
        assertThat(change("{\"t\":\"users\"}")).isEqualTo(new DataChange.EveryUserChanged());
        assertThat(change("{\"t\":\"dashboards\"}")).isEqualTo(new DataChange.EveryDashboardChanged());
        assertThat(change("{\"t\":\"everything\"}")).isEqualTo(new DataChange.EverythingChanged());
    }

    @Test
    void ignores_fields_it_does_not_know_and_reads_spaced_json() throws UnreadablePayloadException {
        assertThat(change("{ \"v\" : 2, \"t\" : \"user\", \"user\" : 7 }"))
                .isEqualTo(new DataChange.UserChanged(new UserId(7)));
    }

    @Test
    void reads_a_blocked_range_too_long_for_a_range_as_its_club() throws UnreadablePayloadException {
        assertThat(change("{\"t\":\"blocked\",\"club\":\"" + CLUB
                + "\",\"from\":\"2026-11-30\",\"to\":\"2027-01-01\"}"))
                .isEqualTo(new DataChange.ClubChanged(ClubId.of(CLUB)));
    }

    @Test
    void reads_when_the_change_was_written_from_at_in_epoch_milliseconds() throws UnreadablePayloadException {
        NotifiedChange notified = NotificationPayload.read(
                "{\"t\":\"reservation\",\"club\":\"" + CLUB + "\",\"date\":\"2026-12-01\",\"at\":1733050000123}");

        assertThat(notified.change())
                .isEqualTo(new DataChange.ReservationChanged(ClubId.of(CLUB), LocalDate.of(2026, 12, 1)));
        assertThat(notified.writtenAt()).contains(Instant.parse("2024-12-01T10:46:40.123Z"));
    }

    @Test
    void a_payload_without_at_as_v4_wrote_them_has_no_time() throws UnreadablePayloadException {
        assertThat(NotificationPayload.read("{\"t\":\"users\"}").writtenAt()).isEmpty();
    }

    @ParameterizedTest(name = "at {0} is ignored")
    @ValueSource(strings = {"\"1733050000123\"", "0", "-5", "1.5", "99999999999999999999", "null", "true"})
    void an_unreadable_at_leaves_the_change_readable_without_a_time(String at) throws UnreadablePayloadException {
        NotifiedChange notified = NotificationPayload.read("{\"t\":\"user\",\"user\":42,\"at\":" + at + "}");

        assertThat(notified.change()).isEqualTo(new DataChange.UserChanged(new UserId(42)));
        assertThat(notified.writtenAt()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "garbage                                                          | not a JSON object",
            "''                                                               | not a JSON object",
            "[1,2]                                                            | not a JSON object",
            "{\"t\":\"users\"} trailing                                       | not a JSON object",
            "{\"t\":\"users\",\"x\":{\"nested\":1}}                           | not a flat JSON object",
            "{\"club\":\"7d1f4a52-0000-4000-8000-000000000001\"}              | without a type",
            "{\"t\":42}                                                       | without a type",
            "{\"t\":\"something-new\"}                                        | of an unknown type",
            "{\"t\":\"club\",\"club\":\"1-1-1-1-1\"}                          | without a readable club",
            "{\"t\":\"club\",\"club\":\"7D1F4A52-0000-4000-8000-000000000001\"} | without a readable club",
            "{\"t\":\"reservation\",\"club\":\"7d1f4a52-0000-4000-8000-000000000001\",\"date\":\"2026-02-30\"} | without a readable date",
            "{\"t\":\"user\",\"user\":\"42\"}                                 | without a readable user",
            "{\"t\":\"user\",\"user\":0}                                      | without a readable user",
            "{\"t\":\"user\",\"user\":99999999999999999999}                   | without a readable user",
            "{\"t\":\"blocked\",\"club\":\"7d1f4a52-0000-4000-8000-000000000001\",\"from\":\"2026-12-03\",\"to\":\"2026-12-01\"} | a blocked range that ends before it starts",
    })
    void names_the_kind_of_an_unreadable_payload(String payload, String kind) {
        assertThatThrownBy(() -> NotificationPayload.read(payload))
                .isInstanceOf(UnreadablePayloadException.class)
                .extracting(e -> ((UnreadablePayloadException) e).kind()).isEqualTo(kind);
    }
}
