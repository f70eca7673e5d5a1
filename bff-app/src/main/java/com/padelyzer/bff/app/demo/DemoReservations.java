package com.padelyzer.bff.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/**
 * Reservations on every active court for the 90 days before and the 14 days from each club's local today,
 * on each court's slot grid within the day's opening hours. Slots that have ended are mostly completed,
 * cancelled or no-show; the rest pending or confirmed. A few carry no price, for the revenue fallback.
 */
final class DemoReservations {

    static final int PAST_DAYS = 90;
    static final int FUTURE_DAYS = 14;
    private static final long SEED = 20_260_301L;
    private static final int[] DURATIONS = {60, 90, 90, 90, 120};
    private static final String[] ENDED_STATUSES = {"completed", "cancelled", "no_show", "confirmed", "pending"};
    private static final int[] ENDED_WEIGHTS = {72, 14, 8, 3, 3};
    private static final String[] UPCOMING_STATUSES = {"confirmed", "pending", "cancelled"};
    private static final int[] UPCOMING_WEIGHTS = {55, 37, 8};

    private final Random random = new Random(SEED);
    private int count;

    int write(Connection connection, OffsetDateTime now, DemoCatalog catalog) throws SQLException {
        try (InsertBatch rows = new InsertBatch(connection, "INSERT INTO reservations_reservation (id, organization_id, "
                + "club_id, court_id, created_by_id, date, start_time, end_time, status, player_name, player_email, "
                + "price_per_hour, total_price, payment_status, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (DemoCatalog.Club club : catalog.clubs) {
                LocalDate today = now.atZoneSameInstant(club.zone()).toLocalDate();
                for (LocalDate day = today.minusDays(PAST_DAYS); day.isBefore(today.plusDays(FUTURE_DAYS)); day = day.plusDays(1)) {
                    DemoCatalog.Hours hours = club.week().get(day.getDayOfWeek().getValue() - 1);
                    if (hours.closed()) {
                        continue;
                    }
                    for (DemoCatalog.Court court : club.courts()) {
                        if (court.active() && !(court.maintenance() && !day.isBefore(today.minusDays(2)))) {
                            writeCourtDay(rows, now, club, court, day, hours);
                        }
                    }
                }
            }
        }
        return count;
    }

    private void writeCourtDay(InsertBatch rows, OffsetDateTime now, DemoCatalog.Club club, DemoCatalog.Court court,
                               LocalDate day, DemoCatalog.Hours hours) throws SQLException {
        int closes = hours.closes().toSecondOfDay() / 60;
        int start = hours.opens().toSecondOfDay() / 60 + court.slotOffsetMinutes();
        boolean past = day.isBefore(now.atZoneSameInstant(club.zone()).toLocalDate());
        while (start + 60 <= closes) {
            int duration = Math.min(DURATIONS[random.nextInt(DURATIONS.length)], closes - start);
            if (random.nextDouble() < (past ? 0.5 : 0.38)) {
                writeReservation(rows, now, club, court, day, start, duration);
            }
            start += duration;
        }
    }

    private void writeReservation(InsertBatch rows, OffsetDateTime now, DemoCatalog.Club club, DemoCatalog.Court court,
                                  LocalDate day, int start, int duration) throws SQLException {
        LocalTime startTime = LocalTime.ofSecondOfDay(start * 60L);
        LocalTime endTime = startTime.plusMinutes(duration);
        Instant begins = day.atTime(startTime).atZone(club.zone()).toInstant();
        boolean ended = !day.atTime(endTime).atZone(club.zone()).toInstant().isAfter(now.toInstant());
        String status = ended ? pick(ENDED_STATUSES, ENDED_WEIGHTS) : pick(UPCOMING_STATUSES, UPCOMING_WEIGHTS);
        boolean unpriced = random.nextInt(100) < 6;
        BigDecimal pricePerHour = unpriced ? null : court.pricePerHour();
        BigDecimal total = unpriced ? BigDecimal.ZERO.setScale(2)
                : court.pricePerHour().multiply(BigDecimal.valueOf(duration)).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        String payment = switch (status) {
            case "completed" -> "paid";
            case "cancelled" -> random.nextBoolean() ? "refunded" : "pending";
            case "confirmed" -> random.nextInt(10) < 6 ? "paid" : "pending";
            default -> "pending";
        };
        long player = DemoPeople.FIRST_CLIENT + random.nextInt(DemoPeople.CLIENT_COUNT);
        Long createdBy = random.nextInt(5) == 0 ? null : player;
        Instant booked = begins.minusSeconds(3_600L * (2 + random.nextInt(14 * 24)));
        OffsetDateTime createdAt = (booked.isAfter(now.toInstant()) ? now.toInstant() : booked).atOffset(ZoneOffset.UTC);
        count++;
        rows.add(DemoIds.of("reservation", count), club.organizationId(), club.id(), court.id(), createdBy, day,
                startTime, endTime, status, DemoPeople.clientName(player), DemoPeople.clientEmail(player),
                pricePerHour, total, payment, createdAt, createdAt);
    }

    /** Picks one of {@code statuses} with the given percentage {@code weights} (summing to 100). */
    private String pick(String[] statuses, int[] weights) {
        int roll = random.nextInt(100);
        for (int i = 0; i < statuses.length - 1; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return statuses[i];
            }
        }
        return statuses[statuses.length - 1];
    }
}
