package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.GetActiveClubsUseCase;
import com.padelyzer.bff.application.port.out.LoadActiveClubsPort;

import java.util.List;

/** Lists the active clubs on record as the warm-up needs them: id and zone. */
public final class GetActiveClubsService implements GetActiveClubsUseCase {

    private final LoadActiveClubsPort clubs;

    public GetActiveClubsService(LoadActiveClubsPort clubs) {
        this.clubs = clubs;
    }

    @Override
    public List<ActiveClub> getActiveClubs(GetActiveClubsQuery query) {
        return clubs.loadActiveClubRecords(query.only(), MAX_CLUBS).stream()
                .map(club -> new ActiveClub(club.tenancy().club(), club.zone()))
                .toList();
    }
}
