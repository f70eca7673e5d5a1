package com.padelyzer.bff.app.demo;

import java.util.Objects;
import java.util.UUID;

/**
 * The demo people the composition root can mint tokens for.
 *
 * @param staffUserId      a Padelyzer staff user ({@code is_staff}), sees every organization
 * @param staffEmail       that user's email
 * @param clubMemberUserId a plain {@code member} of {@link #demoClubId()}
 * @param clubMemberEmail  that user's email
 * @param demoClubId       the club both users can read
 */
public record DemoUsers(long staffUserId, String staffEmail, long clubMemberUserId, String clubMemberEmail,
                        UUID demoClubId) {
    public DemoUsers {
        Objects.requireNonNull(staffEmail, "staffEmail");
        Objects.requireNonNull(clubMemberEmail, "clubMemberEmail");
        Objects.requireNonNull(demoClubId, "demoClubId");
    }
}
