package com.padelyzer.bff.app.demo;

import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * The demo people the composition root can mint tokens for.
 *
 * @param staffUserId      a Padelyzer staff user ({@code is_staff}), sees every organization
 * @param staffEmail       that user's email
 * @param clubOwnerUserId  the {@code owner} of {@link #demoClubId()}: may read its analytics
 * @param clubOwnerEmail   that user's email
 * @param organizationAdminUserId an {@code org_admin} of two organizations, with a current one
 * @param organizationAdminEmail  that user's email
 * @param clubMemberUserId a plain {@code member} of {@link #demoClubId()}: may read its availability only
 * @param clubMemberEmail  that user's email
 * @param demoClubId       the club the owner and the member can read
 * @param demoClubZone     that club's time zone
 */
public record DemoUsers(long staffUserId, String staffEmail, long clubOwnerUserId, String clubOwnerEmail,
                        long organizationAdminUserId, String organizationAdminEmail, long clubMemberUserId, String clubMemberEmail, UUID demoClubId, ZoneId demoClubZone) {
    public DemoUsers {
        Objects.requireNonNull(staffEmail, "staffEmail");
        Objects.requireNonNull(clubMemberEmail, "clubMemberEmail");
        Objects.requireNonNull(clubOwnerEmail, "clubOwnerEmail");
        Objects.requireNonNull(organizationAdminEmail, "organizationAdminEmail");
        Objects.requireNonNull(demoClubId, "demoClubId");
        Objects.requireNonNull(demoClubZone, "demoClubZone");
    }
}
