package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.Authorization;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase;
import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.application.port.out.CallerSnapshot;
import com.padelyzer.bff.application.port.out.LoadCallerPort;
import com.padelyzer.bff.domain.club.ClubTenancy;
import com.padelyzer.bff.domain.permission.ClubAccessRule;

import java.util.Optional;

/** Admits callers with the domain's access rules; unknown and foreign clubs get the same denial. */
public final class AuthorizeRequestService implements AuthorizeRequestUseCase {

    private final LoadCallerPort callers;

    public AuthorizeRequestService(LoadCallerPort callers) {
        this.callers = callers;
    }

    @Override
    public Authorization authorizeRequest(AuthorizeRequestQuery query) {
        Optional<CallerSnapshot> loaded = callers.loadCaller(query.user(), query.tokenId(), query.clubToRead());
        if (loaded.isEmpty()) {
            return new Authorization.Unauthenticated("unknown_user");
        }
        CallerSnapshot caller = loaded.get();
        if (!caller.access().user().isActive()) {
            return new Authorization.Unauthenticated("inactive_user");
        }
        if (caller.tokenRevoked()) {
            return new Authorization.Unauthenticated("token_revoked");
        }
        if (query.purpose() == null) {
            return new Authorization.Admitted(caller.access());
        }
        Optional<ClubTenancy> club = caller.clubTenancy();
        if (club.isEmpty() || !ruleFor(query.purpose()).decide(caller.access(), club.get()).isAllowed()) {
            return new Authorization.ClubDenied();
        }
        return new Authorization.Admitted(caller.access());
    }

    private static ClubAccessRule ruleFor(ClubAccessPurpose purpose) {
        return purpose == ClubAccessPurpose.ANALYTICS ? ClubAccessRule.analytics() : ClubAccessRule.availability();
    }
}
