package com.padelyzer.bff.adapter.web;

import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.Authorization;
import com.padelyzer.bff.application.port.out.ClubOnRecord;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.club.ClubTenancy;
import com.padelyzer.bff.domain.organization.OrganizationId;
import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.user.User;
import com.padelyzer.bff.domain.user.UserId;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** The verdicts the mocked authorization hands out. */
public final class Callers {

    private Callers() {
    }

    public static Authorization.Admitted admitted() {
        return new Authorization.Admitted(access());
    }

    /** Admitted to read {@code club}, a club of Mexico City. */
    public static Authorization.Admitted admittedTo(ClubId club) {
        return new Authorization.Admitted(access(), new ClubOnRecord(
                new ClubTenancy(club, new OrganizationId(new UUID(7, 7))), ZoneId.of("America/Mexico_City")));
    }

    /** Admitted as platform staff (management). */
    public static Authorization.Admitted staff() {
        return new Authorization.Admitted(access(true));
    }

    private static UserAccess access() {
        return access(false);
    }

    private static UserAccess access(boolean staff) {
        User user = new User(new UserId(42), "ana@example.com", "Ana", "López", true, staff, false, null,
                Instant.parse("2025-01-10T09:00:00Z"), true, false, "", "America/Mexico_City", "es-mx", null);
        return new UserAccess(user, List.of(), List.of());
    }
}
