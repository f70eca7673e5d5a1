package com.padelyzer.bff.application.port.in;

import static com.padelyzer.bff.domain.fixtures.People.JOINED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.padelyzer.bff.domain.fixtures.People;
import com.padelyzer.bff.domain.organization.Organization;
import com.padelyzer.bff.domain.organization.OrganizationMembership;
import com.padelyzer.bff.domain.user.User;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthContextTest {

    private final User user = People.user(42);
    private final Organization north = People.organization();
    private final Organization south = People.organization();
    private final OrganizationMembership inNorth = People.member(user, north, "billing", JOINED);
    private final OrganizationMembership inSouth = People.member(user, south, "org_admin", JOINED);

    @Test
    void marks_only_the_membership_of_the_current_organization_as_current() {
        AuthContext context = context(south, List.of(inNorth, inSouth));

        assertThat(context.isCurrent(inSouth)).isTrue();
        assertThat(context.isCurrent(inNorth)).isFalse();
    }

    @Test
    void marks_nothing_as_current_without_a_current_organization() {
        assertThat(context(null, List.of(inNorth)).isCurrent(inNorth)).isFalse();
    }

    @Test
    void rejects_a_current_organization_the_user_is_no_member_of() {
        assertThatThrownBy(() -> context(south, List.of(inNorth))).isInstanceOf(IllegalArgumentException.class);
    }

    private AuthContext context(Organization current, List<OrganizationMembership> organizations) {
        return new AuthContext(user, current, organizations, List.of(), List.of(),
                new ContextSummary(current != null, false, organizations.size(), 0, organizations.size() > 1, null),
                JOINED);
    }
}
