package com.padelyzer.archfixtures.bff.application.port.in;

/** A well-named in-port. */
public interface ShowClubUseCase {
    String showClub(String id);
}
