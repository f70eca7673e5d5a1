package com.padelyzer.bff.adapter.web.request;

import com.padelyzer.bff.adapter.web.error.ApiErrorException;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.period.AnalyticsPeriod;
import com.padelyzer.bff.domain.slot.SlotLength;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Parses one parameter value into its core type, or refuses it with 400 {@code invalid_<name>} /
 * {@code missing_<name>}. A malformed club id is the exception: it is 404 like an unknown club (SPEC §4), so
 * {@link #club} reads it as a club that cannot exist and the request takes the unknown club's path.
 */
public final class Parameters {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CLOCK_TIME = Pattern.compile("\\d{2}:\\d{2}");

    private static final ClubId NO_SUCH_CLUB = new ClubId(new UUID(0, 0));

    private Parameters() {
    }

    public static String required(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiErrorException.badRequest("The parameter '" + name + "' is required", "missing_" + name);
        }
        return raw.trim();
    }

    /**
     * A malformed id reads as the nil UUID, which no club has (ids are made by {@code gen_random_uuid()}, version
     * 4): authorization then finds no such club and answers the unknown club's 404, by the same statement.
     */
    public static ClubId club(String raw) {
        String text = required("club", raw);
        return CANONICAL_UUID.matcher(text).matches() ? new ClubId(UUID.fromString(text)) : NO_SUCH_CLUB;
    }

    /** A club id where a malformed one is the client's mistake (management): 400 rather than the unknown club. */
    public static ClubId strictClub(String name, String raw) {
        String text = required(name, raw);
        if (!CANONICAL_UUID.matcher(text).matches()) {
            throw invalid(name, "'" + name + "' must list club ids (UUIDs)");
        }
        return new ClubId(UUID.fromString(text));
    }

    /** A {@code YYYY-MM-DD} date within {@code years} of {@code today}; 400 otherwise. */
    public static LocalDate dateWithin(String name, String raw, LocalDate today, int years) {
        LocalDate date = date(name, raw);
        if (date.isBefore(today.minusYears(years)) || date.isAfter(today.plusYears(years))) {
            throw invalid(name, "'" + name + "' must be within " + years + " years of today");
        }
        return date;
    }

    public static CourtId court(String name, String raw) {
        String text = required(name, raw);
        if (!CANONICAL_UUID.matcher(text).matches()) {
            throw invalid(name, "'" + name + "' must be a court id (a UUID)");
        }
        return new CourtId(UUID.fromString(text));
    }

    public static AnalyticsPeriod period(String raw) {
        if (raw == null) {
            return AnalyticsPeriod.MONTH;
        }
        try {
            return AnalyticsPeriod.fromCode(raw.trim());
        } catch (IllegalArgumentException unknown) {
            throw invalid("period", "'period' must be one of week, month, quarter, year");
        }
    }

    /** {@code true}/{@code false}, also {@code 1}/{@code 0}; absent means {@code fallback}. */
    public static boolean flag(String name, String raw, boolean fallback) {
        if (raw == null) {
            return fallback;
        }
        return switch (raw.trim()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw invalid(name, "'" + name + "' must be true or false");
        };
    }

    public static LocalDate date(String name, String raw) {
        String text = required(name, raw);
        try {
            if (ISO_DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
        } catch (DateTimeParseException notADate) {
            // falls through to the refusal below
        }
        throw invalid(name, "'" + name + "' must be a date as YYYY-MM-DD");
    }

    public static LocalTime time(String name, String raw) {
        String text = required(name, raw);
        try {
            if (CLOCK_TIME.matcher(text).matches()) {
                return LocalTime.parse(text);
            }
        } catch (DateTimeParseException notATime) {
            // falls through to the refusal below
        }
        throw invalid(name, "'" + name + "' must be a time as HH:MM");
    }

    public static SlotLength slotLength(String raw) {
        if (raw == null) {
            return SlotLength.DEFAULT;
        }
        try {
            return new SlotLength(Integer.parseInt(raw.trim()));
        } catch (IllegalArgumentException outOfRange) {
            throw invalid("slot_minutes", "'slot_minutes' must be 30 to 240 in steps of 15");
        }
    }

    public static ApiErrorException invalid(String name, String message) {
        return ApiErrorException.badRequest(message, "invalid_" + name);
    }
}
