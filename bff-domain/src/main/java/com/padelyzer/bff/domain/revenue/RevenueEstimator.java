package com.padelyzer.bff.domain.revenue;

import com.padelyzer.bff.domain.court.Court;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.period.DateWindow;
import com.padelyzer.bff.domain.reservation.Reservation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Estimated revenue of the counted reservations of a window: per reservation its {@code total_price} when above 0,
 * else its own price per hour (else its court's) × its duration. Unrounded; a reservation of an unknown court
 * without own prices counts as 0. The hourly parts are summed as price × minutes and divided by 60 once, which is
 * exact and avoids one high-precision division per reservation.
 */
public final class RevenueEstimator {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    public Money estimate(DateWindow window, List<Reservation> reservations, List<Court> courts, Currency currency) {
        return sums(window, reservations, courts).money(currency);
    }

    /** The two sums the estimate is made of, for the counted reservations of {@code window}. */
    public Sums sums(DateWindow window, List<Reservation> reservations, List<Court> courts) {
        Map<CourtId, BigDecimal> courtPrices = new HashMap<>();
        for (Court court : courts) {
            courtPrices.put(court.id(), court.pricePerHour());
        }
        BigDecimal totals = BigDecimal.ZERO;
        BigDecimal priceMinutes = BigDecimal.ZERO;
        for (Reservation reservation : reservations) {
            if (!reservation.isCounted() || !window.contains(reservation.date())) {
                continue;
            }
            if (reservation.totalPrice().signum() > 0) {
                totals = totals.add(reservation.totalPrice());
            } else {
                BigDecimal hourly = hourlyPrice(reservation, courtPrices.get(reservation.courtId()));
                priceMinutes = priceMinutes.add(hourly.multiply(BigDecimal.valueOf(reservation.durationMinutes())));
            }
        }
        return new Sums(totals, priceMinutes);
    }

    private static BigDecimal hourlyPrice(Reservation reservation, BigDecimal courtPrice) {
        BigDecimal hourly = reservation.ownPricePerHour().orElse(courtPrice);
        return hourly == null ? BigDecimal.ZERO : hourly;
    }

    /**
     * The revenue of a window before its one division: {@code fullPrices} sums the total prices above 0, {@code
     * hourlyPriceMinutes} the hourly price × minutes of the other reservations. Summed elsewhere (in SQL, say), the
     * same sums give the same money.
     */
    public record Sums(BigDecimal fullPrices, BigDecimal hourlyPriceMinutes) {
        public Sums {
            Objects.requireNonNull(fullPrices, "fullPrices");
            Objects.requireNonNull(hourlyPriceMinutes, "hourlyPriceMinutes");
        }

        /** fullPrices + hourlyPriceMinutes ÷ 60, unrounded. */
        public Money money(Currency currency) {
            return new Money(fullPrices.add(hourlyPriceMinutes.divide(SIXTY, MathContext.DECIMAL128)), currency);
        }
    }
}
