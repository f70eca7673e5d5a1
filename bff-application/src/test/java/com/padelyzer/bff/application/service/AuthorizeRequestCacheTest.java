package com.padelyzer.bff.application.service;

import static com.padelyzer.bff.domain.fixtures.People.JOINED;
import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.application.cache.CacheKeys;
import com.padelyzer.bff.application.cache.CacheTtls;
import com.padelyzer.bff.application.cache.KeyPattern;
import com.padelyzer.bff.application.fakes.InMemoryCacheStore;
import com.padelyzer.bff.application.fakes.InMemoryUsers;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.Authorization;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.AuthorizeRequestQuery;
import com.padelyzer.bff.application.port.in.ClubAccessPurpose;
import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.People;
import com.padelyzer.bff.domain.organization.Organization;
import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the caller check keeps and when it decides from it: each kept part counts on its own. */
class AuthorizeRequestCacheTest {

    private static final String TOKEN = "jti-1";

    private final Organization mine = People.organization();
    private final Club myClub = Clubs.club(mine.id());
    private final User user = People.user(5);
    private final InMemoryUsers users = new InMemoryUsers().with(myClub)
            .with(new UserAccess(user, List.of(People.member(user, mine, "support", JOINED)), List.of()));
    private final InMemoryCacheStore cache = new InMemoryCacheStore(
            Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC));
    private final CacheKeys keys = new CacheKeys();
    private final AuthorizeRequestService service = new AuthorizeRequestService(users, cache, keys,
            CacheTtls.defaults());

    private Authorization forCaller() {
        return service.authorizeRequest(AuthorizeRequestQuery.forCaller(user.id(), TOKEN));
    }

    @Test
    void a_repeated_check_without_a_club_is_decided_from_the_cache() {
        assertThat(forCaller()).isInstanceOf(Authorization.Admitted.class);
        int loads = users.callerLoads();

        assertThat(forCaller()).isInstanceOf(Authorization.Admitted.class);

        assertThat(users.callerLoads()).isEqualTo(loads);
    }

    @Test
    void a_live_token_kept_without_the_users_access_loads_the_caller_again() {
        forCaller();
        int loads = users.callerLoads();
        // a size-bounded cache may drop one entry of a user and keep the other
        cache.evictMatching(new KeyPattern(keys.permissions(user.id(), Optional.empty())));

        assertThat(forCaller()).isInstanceOfSatisfying(Authorization.Admitted.class,
                admitted -> assertThat(admitted.access().user()).isEqualTo(user));
        assertThat(users.callerLoads()).isEqualTo(loads + 1);
    }

    @Test
    void an_admitted_club_read_carries_the_clubs_zone_and_a_read_of_no_club_none() {
        Authorization club = service.authorizeRequest(AuthorizeRequestQuery.forClub(user.id(), TOKEN, myClub.id(),
                ClubAccessPurpose.ANALYTICS));

        assertThat(club).isInstanceOfSatisfying(Authorization.Admitted.class,
                admitted -> assertThat(admitted.clubZone()).contains(myClub.zone()));
        assertThat(forCaller()).isInstanceOfSatisfying(Authorization.Admitted.class,
                admitted -> assertThat(admitted.clubZone()).isEmpty());
    }
}
