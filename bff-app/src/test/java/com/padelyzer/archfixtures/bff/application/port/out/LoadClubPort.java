package com.padelyzer.archfixtures.bff.application.port.out;

/** A well-named out-port. */
public interface LoadClubPort {
    String loadClub(String id);
}
