package com.padelyzer.bff.domain.club;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.People;
import com.padelyzer.bff.domain.user.UserId;
import org.junit.jupiter.api.Test;

class ClubMembershipTest {

    @Test
    void rejects_an_organization_that_does_not_own_the_club() {
        Club club = Clubs.club();
        assertThatThrownBy(() -> new ClubMembership(new UserId(1), club, People.organization(), ClubRole.OWNER,
                People.JOINED, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reads_role_codes_and_the_city_of_the_address() {
        assertThat(ClubRole.fromCode("staff")).isEqualTo(ClubRole.STAFF);
        assertThat(ClubRole.OWNER.code()).isEqualTo("owner");
        assertThatThrownBy(() -> ClubRole.fromCode("Owner")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Clubs.club().city()).isEqualTo("Monterrey");
    }
}
