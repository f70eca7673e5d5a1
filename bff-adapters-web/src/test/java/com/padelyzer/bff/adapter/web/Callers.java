package com.padelyzer.bff.adapter.web;

import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.Authorization;
import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.user.User;
import com.padelyzer.bff.domain.user.UserId;

import java.time.Instant;
import java.util.List;

/** The verdicts the mocked authorization hands out. */
public final class Callers {

    private Callers() {
    }

    public static Authorization.Admitted admitted() {
        User user = new User(new UserId(42), "ana@example.com", "Ana", "López", true, false, false, null,
                Instant.parse("2025-01-10T09:00:00Z"), true, false, "", "America/Mexico_City", "es-mx", null);
        return new Authorization.Admitted(new UserAccess(user, List.of(), List.of()));
    }
}
