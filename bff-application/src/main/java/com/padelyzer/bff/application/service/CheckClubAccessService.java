package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.CheckClubAccessUseCase;
import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.application.port.out.LoadClubTenancyPort;
import com.padelyzer.bff.application.port.out.LoadUserAccessPort;
import com.padelyzer.bff.domain.club.ClubTenancy;
import com.padelyzer.bff.domain.permission.ClubAccessRule;
import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.policy.Decision;
import java.util.Optional;

/** Decides club access with the domain's access rules; unknown users and clubs get the same denial as foreign ones. */
public final class CheckClubAccessService implements CheckClubAccessUseCase {

    private final LoadUserAccessPort users;
    private final LoadClubTenancyPort tenancies;

    public CheckClubAccessService(LoadUserAccessPort users, LoadClubTenancyPort tenancies) {
        this.users = users;
        this.tenancies = tenancies;
    }

    @Override
    public Decision checkClubAccess(CheckClubAccessQuery query) {
        Optional<UserAccess> access = users.loadUserAccess(query.user());
        if (access.isEmpty() || !access.get().user().isActive()) {
            return Decision.denied(ClubAccessRule.DENIED);
        }
        Optional<ClubTenancy> tenancy = tenancies.loadTenancy(query.club());
        if (tenancy.isEmpty()) {
            return Decision.denied(ClubAccessRule.DENIED);
        }
        ClubAccessRule rule = query.purpose() == ClubAccessPurpose.ANALYTICS
                ? ClubAccessRule.analytics() : ClubAccessRule.availability();
        return rule.decide(access.get(), tenancy.get());
    }
}
