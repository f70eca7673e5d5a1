package com.padelyzer.bff.application.port.out;

import com.padelyzer.bff.domain.club.ClubId;

import java.util.List;
import java.util.Set;

/** The active clubs on record (all of them, or those of {@code only}), with their zones, at most {@code limit}. */
public interface LoadActiveClubsPort {
    List<ClubOnRecord> loadActiveClubRecords(Set<ClubId> only, int limit);
}
