package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.club.ClubId;
import java.util.Objects;

/**
 * {@code {"is_available", "reason"}}; reason is {@code past}, {@code blocked}, {@code reserved}, {@code closed}
 * (outside the day's hours) or {@code court_unavailable} (inactive or in maintenance), {@code null} when available.
 */
public record SlotCheckResult(ClubId club, boolean isAvailable, String reason) {
    public SlotCheckResult {
        Objects.requireNonNull(club, "club");
        if (isAvailable != (reason == null)) {
            throw new IllegalArgumentException("an unavailable slot needs a reason, an available one none");
        }
    }
}
