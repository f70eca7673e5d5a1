package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.cache.CacheKeys;
import com.padelyzer.bff.application.cache.CacheTtls;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.fakes.InMemoryCacheStore;
import com.padelyzer.bff.application.fakes.InMemoryUsers;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.Authorization;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.AuthorizeRequestQuery;
import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.club.ClubRole;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.People;
import com.padelyzer.bff.domain.organization.Organization;
import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.user.User;
import com.padelyzer.bff.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static com.padelyzer.bff.domain.fixtures.People.JOINED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthorizeRequestServiceTest {

    private static final String TOKEN = "jti-1";

    private final Organization mine = People.organization();
    private final Club myClub = Clubs.club(mine.id());
    private final Club foreignClub = Clubs.club();
    private final Club memberClub = Clubs.club();
    private final User user = People.user(5);
    private final User staff = People.user(6, true, false, null);
    private final User gone = deactivated(People.user(7));
    private final InMemoryUsers users = new InMemoryUsers().with(myClub).with(foreignClub).with(memberClub)
            .with(new UserAccess(user, List.of(People.member(user, mine, "support", JOINED)),
                    List.of(People.clubMember(user, memberClub, ClubRole.MEMBER, JOINED))))
            .with(new UserAccess(staff, List.of(), List.of()))
            .with(new UserAccess(gone, List.of(People.member(gone, mine, "support", JOINED)), List.of()))
            .withBlacklistedToken("revoked-jti");
    private final InMemoryCacheStore cache = new InMemoryCacheStore(Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));
    private final AuthorizeRequestService service = new AuthorizeRequestService(users, cache, new CacheKeys(),
            CacheTtls.defaults());

    private Authorization club(UserId who, ClubId club, ClubAccessPurpose purpose) {
        return service.authorizeRequest(AuthorizeRequestQuery.forClub(who, TOKEN, club, purpose));
    }

    @Test
    void admits_the_clubs_of_the_users_organization_for_both_purposes() {
        assertThat(club(user.id(), myClub.id(), ClubAccessPurpose.ANALYTICS)).isInstanceOf(Authorization.Admitted.class);
        assertThat(club(user.id(), myClub.id(), ClubAccessPurpose.AVAILABILITY)).isInstanceOf(Authorization.Admitted.class);
    }

    @Test
    void a_plain_club_member_sees_availability_but_not_analytics() {
        assertThat(club(user.id(), memberClub.id(), ClubAccessPurpose.AVAILABILITY)).isInstanceOf(Authorization.Admitted.class);
        assertThat(club(user.id(), memberClub.id(), ClubAccessPurpose.ANALYTICS)).isInstanceOf(Authorization.ClubDenied.class);
    }

    @Test
    void foreign_and_unknown_clubs_get_the_same_denial() {
        assertThat(club(user.id(), foreignClub.id(), ClubAccessPurpose.AVAILABILITY))
                .isEqualTo(club(user.id(), new ClubId(UUID.randomUUID()), ClubAccessPurpose.AVAILABILITY))
                .isEqualTo(new Authorization.ClubDenied());
    }

    @Test
    void unknown_and_inactive_users_and_blacklisted_tokens_are_unauthenticated_before_any_club_rule() {
        assertThat(club(new UserId(404), myClub.id(), ClubAccessPurpose.AVAILABILITY))
                .isEqualTo(new Authorization.Unauthenticated("unknown_user"));
        assertThat(club(gone.id(), myClub.id(), ClubAccessPurpose.AVAILABILITY))
                .isEqualTo(new Authorization.Unauthenticated("inactive_user"));
        assertThat(service.authorizeRequest(AuthorizeRequestQuery.forClub(user.id(), "revoked-jti", myClub.id(),
                ClubAccessPurpose.AVAILABILITY))).isEqualTo(new Authorization.Unauthenticated("token_revoked"));
    }

    @Test
    void a_courts_club_is_decided_by_the_club_of_the_court_and_an_unknown_court_is_denied_like_a_foreign_one() {
        CourtId myCourt = new CourtId(UUID.randomUUID());
        CourtId foreignCourt = new CourtId(UUID.randomUUID());
        users.withCourt(myCourt, myClub.id()).withCourt(foreignCourt, foreignClub.id());

        Authorization mineAdmitted = service.authorizeRequest(AuthorizeRequestQuery.forCourtsClub(user.id(), TOKEN,
                myCourt, ClubAccessPurpose.AVAILABILITY));
        Authorization foreign = service.authorizeRequest(AuthorizeRequestQuery.forCourtsClub(user.id(), TOKEN,
                foreignCourt, ClubAccessPurpose.AVAILABILITY));
        Authorization unknown = service.authorizeRequest(AuthorizeRequestQuery.forCourtsClub(user.id(), TOKEN,
                new CourtId(UUID.randomUUID()), ClubAccessPurpose.AVAILABILITY));
        Authorization revoked = service.authorizeRequest(AuthorizeRequestQuery.forCourtsClub(user.id(),
                "revoked-jti", myCourt, ClubAccessPurpose.AVAILABILITY));

        assertThat(mineAdmitted).isInstanceOfSatisfying(Authorization.Admitted.class,
                admitted -> assertThat(admitted.clubOnRecord().orElseThrow().tenancy()).isEqualTo(myClub.tenancy()));
        assertThat(foreign).isEqualTo(unknown).isEqualTo(new Authorization.ClubDenied());
        assertThat(revoked).isEqualTo(new Authorization.Unauthenticated("token_revoked"));
    }

    @Test
    void a_query_names_its_purpose_with_exactly_one_of_a_club_and_a_court() {
        CourtId court = new CourtId(UUID.randomUUID());
        assertThatThrownBy(() -> new AuthorizeRequestQuery(user.id(), TOKEN,
                myClub.id(), court, ClubAccessPurpose.AVAILABILITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthorizeRequestQuery(user.id(), TOKEN, null,
                court, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthorizeRequestQuery(user.id(), TOKEN, null,
                null, ClubAccessPurpose.AVAILABILITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthorizeRequestQuery(user.id(), TOKEN, myClub.id(),
                court, null)).as("a club and a court, no purpose").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthorizeRequestQuery(user.id(), TOKEN, myClub.id(),
                null, null)).as("a club, no purpose").isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_request_without_a_club_admits_any_active_caller_and_only_staff_may_manage() {
        Authorization plain = service.authorizeRequest(AuthorizeRequestQuery.forCaller(user.id(), TOKEN));
        Authorization platformStaff = service.authorizeRequest(AuthorizeRequestQuery.forCaller(staff.id(), TOKEN));

        assertThat(plain).isInstanceOfSatisfying(Authorization.Admitted.class, a -> assertThat(a.mayManage()).isFalse());
        assertThat(platformStaff).isInstanceOfSatisfying(Authorization.Admitted.class,
                a -> assertThat(a.mayManage()).isTrue());
    }

    @Test
    void a_repeated_check_is_decided_from_the_cache_without_loading_the_caller_again() {
        club(user.id(), myClub.id(), ClubAccessPurpose.ANALYTICS);
        int loads = users.callerLoads();

        Authorization again = club(user.id(), myClub.id(), ClubAccessPurpose.AVAILABILITY);
        Authorization otherClub = club(user.id(), memberClub.id(), ClubAccessPurpose.AVAILABILITY);

        assertThat(again).isInstanceOfSatisfying(Authorization.Admitted.class, admitted ->
                assertThat(admitted.clubOnRecord()).hasValueSatisfying(club -> {
                    assertThat(club.tenancy()).isEqualTo(myClub.tenancy());
                    assertThat(club.zone()).isEqualTo(myClub.zone());
                }));
        assertThat(otherClub).as("another club's tenancy is loaded once").isInstanceOf(Authorization.Admitted.class);
        assertThat(users.callerLoads()).isEqualTo(loads + 1);
        club(user.id(), memberClub.id(), ClubAccessPurpose.AVAILABILITY);
        assertThat(users.callerLoads()).isEqualTo(loads + 1);
    }

    @Test
    void a_token_blacklisted_after_it_was_cached_is_refused_once_the_users_keys_are_evicted() {
        assertThat(club(user.id(), myClub.id(), ClubAccessPurpose.AVAILABILITY)).isInstanceOf(Authorization.Admitted.class);
        users.withBlacklistedToken(TOKEN);

        cache.evictMatching(CacheType.USER_PERMISSIONS.keysOf(user.id()));

        assertThat(club(user.id(), myClub.id(), ClubAccessPurpose.AVAILABILITY))
                .isEqualTo(new Authorization.Unauthenticated("token_revoked"));
    }

    @Test
    void a_revoked_token_is_never_kept_as_live_and_another_token_of_the_user_is_checked_on_its_own() {
        AuthorizeRequestQuery revoked = AuthorizeRequestQuery.forCaller(user.id(), "revoked-jti");
        service.authorizeRequest(revoked);
        int loads = users.callerLoads();

        assertThat(service.authorizeRequest(revoked)).isEqualTo(new Authorization.Unauthenticated("token_revoked"));
        assertThat(users.callerLoads()).isEqualTo(loads + 1);
        assertThat(service.authorizeRequest(AuthorizeRequestQuery.forCaller(user.id(), "fresh-jti")))
                .isInstanceOf(Authorization.Admitted.class);
        assertThat(users.callerLoads()).isEqualTo(loads + 2);
    }

    @Test
    void a_revoked_token_checked_for_a_courts_club_is_never_kept_as_live_for_the_reads_that_follow() {
        CourtId myCourt = new CourtId(UUID.randomUUID());
        users.withCourt(myCourt, myClub.id());
        assertThat(service.authorizeRequest(AuthorizeRequestQuery.forCourtsClub(user.id(), "revoked-jti", myCourt,
                ClubAccessPurpose.AVAILABILITY))).isEqualTo(new Authorization.Unauthenticated("token_revoked"));
        int loads = users.callerLoads();

        assertThat(service.authorizeRequest(AuthorizeRequestQuery.forCaller(user.id(), "revoked-jti")))
                .as("a read without a club after the court check").isEqualTo(new Authorization.Unauthenticated("token_revoked"));
        assertThat(users.callerLoads()).as("decided by loading the caller, not from a kept live token")
                .isEqualTo(loads + 1);
    }

    @Test
    void an_unknown_user_checked_for_a_courts_club_is_unauthenticated() {
        CourtId myCourt = new CourtId(UUID.randomUUID());
        users.withCourt(myCourt, myClub.id());

        assertThat(service.authorizeRequest(AuthorizeRequestQuery.forCourtsClub(new UserId(404_404), TOKEN, myCourt,
                ClubAccessPurpose.AVAILABILITY))).isEqualTo(new Authorization.Unauthenticated("unknown_user"));
    }

    private static User deactivated(User u) {
        return new User(u.id(), u.email(), u.firstName(), u.lastName(), false, u.isStaff(), u.isSuperuser(),
                u.lastLogin(), u.dateJoined(), u.emailVerified(), u.twoFactorEnabled(), u.phone(), u.timezone(),
                u.language(), u.currentOrganizationId());
    }
}
