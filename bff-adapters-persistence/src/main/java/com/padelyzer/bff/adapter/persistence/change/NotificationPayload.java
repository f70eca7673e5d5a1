package com.padelyzer.bff.adapter.persistence.change;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.padelyzer.bff.application.cache.DataChange;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.user.UserId;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a {@code bff_changes} payload, a flat JSON object written by the V4 triggers, as the {@link DataChange} it
 * names: {@code {"t":"reservation","club":"<uuid>","date":"YYYY-MM-DD"}}, {@code {"t":"blocked","club":"<uuid>",
 * "from":"YYYY-MM-DD","to":"YYYY-MM-DD"}}, {@code {"t":"club","club":"<uuid>"}}, {@code {"t":"user","user":42}},
 * {@code {"t":"users"}}, {@code {"t":"dashboards"}}, {@code {"t":"everything"}}. Since V5 each also carries
 * {@code "at"}: epoch milliseconds of the writing transaction's first notifying trigger; optional, and one that is
 * not a positive integer is ignored rather than costing the eviction. Other unknown fields are ignored.
 */
final class NotificationPayload {

    private static final JsonFactory JSON = new JsonFactory();

    private NotificationPayload() {
    }

    static NotifiedChange read(String payload) throws UnreadablePayloadException {
        Map<String, Value> fields = fieldsOf(payload);
        return new NotifiedChange(change(fields), writtenAt(fields));
    }

    private static DataChange change(Map<String, Value> fields) throws UnreadablePayloadException {
        Value type = fields.get("t");
        if (type == null || type.token() != JsonToken.VALUE_STRING) {
            throw new UnreadablePayloadException("without a type");
        }
        return switch (type.text()) {
            case "reservation" -> new DataChange.ReservationChanged(club(fields), date(fields, "date"));
            case "blocked" -> blocked(club(fields), date(fields, "from"), date(fields, "to"));
            case "club" -> new DataChange.ClubChanged(club(fields));
            case "user" -> new DataChange.UserChanged(user(fields));
            case "users" -> new DataChange.EveryUserChanged();
            case "dashboards" -> new DataChange.EveryDashboardChanged();
            case "everything" -> new DataChange.EverythingChanged();
            default -> throw new UnreadablePayloadException("of an unknown type");
        };
    }

    /** A range longer than a block notification carries still names its club: the club changed. */
    private static DataChange blocked(ClubId club, LocalDate from, LocalDate to) throws UnreadablePayloadException {
        if (to.isBefore(from)) {
            throw new UnreadablePayloadException("a blocked range that ends before it starts");
        }
        if (from.plusDays(31).isBefore(to)) {
            return new DataChange.ClubChanged(club);
        }
        return new DataChange.BlockedSlotChanged(club, from, to);
    }

    private static ClubId club(Map<String, Value> fields) throws UnreadablePayloadException {
        Value value = fields.get("club");
        if (value != null && value.token() == JsonToken.VALUE_STRING) {
            try {
                UUID id = UUID.fromString(value.text());
                if (id.toString().equals(value.text())) {
                    return new ClubId(id);
                }
            } catch (IllegalArgumentException e) {
                // falls through to the unreadable club below
            }
        }
        throw new UnreadablePayloadException("without a readable club");
    }

    private static LocalDate date(Map<String, Value> fields, String name) throws UnreadablePayloadException {
        Value value = fields.get(name);
        if (value != null && value.token() == JsonToken.VALUE_STRING) {
            try {
                return LocalDate.parse(value.text());
            } catch (DateTimeParseException e) {
                // falls through to the unreadable date below
            }
        }
        throw new UnreadablePayloadException("without a readable date");
    }

    private static UserId user(Map<String, Value> fields) throws UnreadablePayloadException {
        Value value = fields.get("user");
        if (value != null && value.token() == JsonToken.VALUE_NUMBER_INT) {
            try {
                return new UserId(Long.parseLong(value.text()));
            } catch (IllegalArgumentException e) {
                // too large or not positive: falls through
            }
        }
        throw new UnreadablePayloadException("without a readable user");
    }

    /** Only a measurement rides on it, so a missing or odd time leaves the change readable. */
    private static Optional<Instant> writtenAt(Map<String, Value> fields) {
        Value value = fields.get("at");
        if (value == null || value.token() != JsonToken.VALUE_NUMBER_INT) {
            return Optional.empty();
        }
        try {
            long millis = Long.parseLong(value.text());
            return millis > 0 ? Optional.of(Instant.ofEpochMilli(millis)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Map<String, Value> fieldsOf(String payload) throws UnreadablePayloadException {
        try (JsonParser parser = JSON.createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new UnreadablePayloadException("not a JSON object");
            }
            Map<String, Value> fields = new HashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken valueToken = parser.nextToken();
                if (valueToken == null || !valueToken.isScalarValue()) {
                    throw new UnreadablePayloadException("not a flat JSON object");
                }
                fields.put(name, new Value(valueToken, parser.getText()));
            }
            if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new UnreadablePayloadException("not a JSON object");
            }
            return fields;
        } catch (IOException e) {
            throw new UnreadablePayloadException("not a JSON object");
        }
    }

    private record Value(JsonToken token, String text) {
    }
}
