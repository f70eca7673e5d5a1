package com.padelyzer.bff.domain.period;

import java.time.LocalDate;
import java.util.Locale;

/** The dashboard periods and their lengths in days. */
public enum AnalyticsPeriod {
    WEEK(7), MONTH(30), QUARTER(90), YEAR(365);

    private final int days;

    AnalyticsPeriod(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AnalyticsPeriod fromCode(String code) {
        for (AnalyticsPeriod period : values()) {
            if (period.code().equals(code)) {
                return period;
            }
        }
        throw new IllegalArgumentException("unknown period: " + code);
    }

    /** The last {@link #days()} days ending on {@code today}, inclusive. */
    public DateWindow windowEndingOn(LocalDate today) {
        return DateWindow.endingOn(today, days);
    }
}
