package com.padelyzer.bff.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.Authorization;
import com.padelyzer.bff.application.port.in.AuthorizeRequestUseCase.AuthorizeRequestQuery;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.fixtures.People;
import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.user.UserId;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The caller check's question and verdict: a club read names club and purpose together; who may manage. */
class AuthorizationTest {

    private static final UserId USER = new UserId(5);
    private static final ClubId CLUB = new ClubId(UUID.randomUUID());

    @Test
    void a_query_names_both_the_club_and_the_purpose_or_neither() {
        assertThatThrownBy(() -> new AuthorizeRequestQuery(USER, "jti", CLUB, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuthorizeRequestQuery(USER, "jti", null, ClubAccessPurpose.ANALYTICS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new AuthorizeRequestQuery(USER, "jti", null, null).clubToRead()).isEmpty();
        assertThat(new AuthorizeRequestQuery(USER, "jti", CLUB, ClubAccessPurpose.AVAILABILITY).clubToRead())
                .contains(CLUB);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE)
    void staff_and_superusers_may_manage_and_nobody_else(@ForAll boolean staff, @ForAll boolean superuser) {
        UserAccess access = new UserAccess(People.user(5, staff, superuser, null), List.of(), List.of());
        assertThat(new Authorization.Admitted(access).mayManage()).isEqualTo(staff || superuser);
    }
}
