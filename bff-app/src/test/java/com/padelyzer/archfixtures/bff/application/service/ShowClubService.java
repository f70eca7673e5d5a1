package com.padelyzer.archfixtures.bff.application.service;

import com.padelyzer.archfixtures.bff.application.port.in.ShowClubUseCase;
import com.padelyzer.archfixtures.bff.application.port.out.LoadClubPort;

/** A well-behaved service. */
public class ShowClubService implements ShowClubUseCase {
    private final LoadClubPort clubs;

    public ShowClubService(LoadClubPort clubs) {
        this.clubs = clubs;
    }

    @Override
    public String showClub(String id) {
        return clubs.loadClub(id);
    }
}
