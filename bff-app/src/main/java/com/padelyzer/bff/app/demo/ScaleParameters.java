package com.padelyzer.bff.app.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The size of a generated club network. The same parameters (seed and today included) give the same rows.
 *
 * @param organizations organizations; clubs are dealt to them in turn
 * @param clubs         clubs, at least one per organization
 * @param courtsPerClub courts of every club
 * @param months        months of reservations up to {@code today}; four more weeks after it are booked too
 * @param users         users: one superuser, an admin per organization, an owner, admin and staff per club, clients
 * @param seed          the seed of every pseudo-random choice
 * @param today         the day that divides played reservations from upcoming ones
 */
public record ScaleParameters(int organizations, int clubs, int courtsPerClub, int months, int users, long seed,
                              LocalDate today) {

    static final int FUTURE_DAYS = 28;

    public ScaleParameters {
        Objects.requireNonNull(today, "today");
        if (organizations < 1 || clubs < organizations) {
            throw new IllegalArgumentException("need at least one organization and at least one club per organization");
        }
        if (courtsPerClub < 1 || courtsPerClub > 99) {
            throw new IllegalArgumentException("courts per club must be between 1 and 99");
        }
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("months must be between 1 and 120");
        }
        if (users < firstClient(organizations, clubs) + clubs - 1) {
            throw new IllegalArgumentException("need at least " + (firstClient(organizations, clubs) + clubs - 1)
                    + " users: staff for every organization and club and one client per club");
        }
    }

    /** The large default: 100 clubs in 20 organizations, 8 courts each, two years, 20,000 users. */
    public static ScaleParameters large(LocalDate today) {
        return new ScaleParameters(20, 100, 8, 24, 20_000, 20_260_301L, today);
    }

    /** The first day with reservations. */
    LocalDate firstDay() {
        return today.minusMonths(months).plusDays(FUTURE_DAYS);
    }

    /** The day after the last day with reservations. */
    LocalDate endDay() {
        return today.plusDays(FUTURE_DAYS);
    }

    /** User ids: 1 the superuser, 2..organizations+1 organization admins, then owner, admin and staff per club. */
    long firstClient() {
        return firstClient(organizations, clubs);
    }

    long clients() {
        return users - firstClient() + 1;
    }

    private static long firstClient(int organizations, int clubs) {
        return organizations + 2L + 3L * clubs;
    }
}
