package com.padelyzer.archfixtures.bff.domain;

import java.time.LocalDate;

/** Breaks core_takes_time_from_a_clock. */
public class WallClockRule {
    LocalDate today() {
        return LocalDate.now();
    }
}
