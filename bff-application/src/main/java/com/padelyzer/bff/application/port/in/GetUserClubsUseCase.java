package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.club.ClubMembership;
import com.padelyzer.bff.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/** {@code GET /api/clubs/user-clubs/}: the clubs exactly as in the auth context; empty for an unknown user. */
public interface GetUserClubsUseCase {

    List<ClubMembership> getUserClubs(GetUserClubsQuery query);

    record GetUserClubsQuery(UserId user) {
        public GetUserClubsQuery {
            Objects.requireNonNull(user, "user");
        }
    }
}
