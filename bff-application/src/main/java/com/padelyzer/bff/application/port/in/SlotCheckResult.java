package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.policy.Decision;
import java.util.Objects;

/**
 * The check's decision and the court's club. A denial's reason is {@code past}, {@code blocked}, {@code reserved},
 * {@code closed} (outside the day's hours) or {@code court_unavailable} (inactive or in maintenance).
 */
public record SlotCheckResult(ClubId club, Decision availability) {
    public SlotCheckResult {
        Objects.requireNonNull(club, "club");
        Objects.requireNonNull(availability, "availability");
    }
}
