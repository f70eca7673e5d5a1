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

/**
 * Estimated revenue of the counted reservations of a window: per reservation its {@code total_price} when above 0,
 * else its own price per hour (else its court's) × its duration. Unrounded; a reservation of an unknown court
 * without own prices counts as 0.
 */
public final class RevenueEstimator {

    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    public Money estimate(DateWindow window, List<Reservation> reservations, List<Court> courts, Currency currency) {
        Map<CourtId, BigDecimal> courtPrices = new HashMap<>();
        for (Court court : courts) {
            courtPrices.put(court.id(), court.pricePerHour());
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Reservation reservation : reservations) {
            if (reservation.isCounted() && window.contains(reservation.date())) {
                total = total.add(revenueOf(reservation, courtPrices.get(reservation.courtId())));
            }
        }
        return new Money(total, currency);
    }

    /** One reservation's revenue; {@code courtPrice} may be null when the court is unknown. */
    public BigDecimal revenueOf(Reservation reservation, BigDecimal courtPrice) {
        if (reservation.totalPrice().signum() > 0) {
            return reservation.totalPrice();
        }
        BigDecimal hourly = reservation.ownPricePerHour().orElse(courtPrice);
        if (hourly == null) {
            return BigDecimal.ZERO;
        }
        return hourly.multiply(BigDecimal.valueOf(reservation.durationMinutes()))
                .divide(SIXTY, MathContext.DECIMAL128);
    }
}
