package com.padelyzer.bff.adapter.persistence.change;

import com.padelyzer.bff.application.cache.DataChange.EveryDashboardChanged;
import com.padelyzer.bff.application.cache.DataChange.EveryUserChanged;
import com.padelyzer.bff.application.cache.DataChange.UserChanged;
import com.padelyzer.bff.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.util.UUID;

/**
 * Memberships, users and blacklisted tokens name their users (every user past 50, or for a token without one); an
 * organization names every user, a client profile every dashboard.
 */
class UserNotificationsIT extends ListeningTest {

    @Test
    void a_club_membership_names_its_user_when_granted_and_when_its_role_changes() {
        long user = user();
        UUID club = UUID.randomUUID();
        listen();

        db.execute("INSERT INTO clubs_clubmembership (user_id, club_id, role) VALUES (" + user + ", '" + club
                + "', 'member')");
        changes.expectExactly(new UserChanged(new UserId(user)));

        db.execute("UPDATE clubs_clubmembership SET role = 'admin' WHERE club_id = '" + club + "'");
        changes.expectExactly(new UserChanged(new UserId(user)));
    }

    @Test
    void an_organization_membership_handed_to_another_user_names_both_users() {
        UUID organization = organization();
        long before = user();
        long after = user();
        db.execute("INSERT INTO authentication_organizationmembership (user_id, organization_id, role) VALUES ("
                + before + ", '" + organization + "', 'org_admin')");
        listen();

        db.execute("UPDATE authentication_organizationmembership SET user_id = " + after
                + " WHERE organization_id = '" + organization + "'");

        changes.expectExactly(new UserChanged(new UserId(before)), new UserChanged(new UserId(after)));
    }

    @Test
    void a_login_names_the_user() {
        long user = user();
        listen();

        db.execute("UPDATE authentication_user SET last_login = now() WHERE id = " + user);

        changes.expectExactly(new UserChanged(new UserId(user)));
    }

    @Test
    void a_statement_over_more_than_50_users_names_every_user() {
        listen();

        db.execute("INSERT INTO authentication_user (email) SELECT 'bulk' || g || '-" + UUID.randomUUID()
                + "@example.mx' FROM generate_series(1, 51) AS g");

        changes.expectExactly(new EveryUserChanged());
    }

    @Test
    void a_blacklisted_token_names_its_user() {
        long user = user();
        listen();

        db.execute("INSERT INTO authentication_blacklistedtoken (jti, user_id, token_expires_at) VALUES ('"
                + UUID.randomUUID() + "', " + user + ", now() + interval '1 day')");

        changes.expectExactly(new UserChanged(new UserId(user)));
    }

    @Test
    void a_blacklisted_token_without_a_user_names_every_user() {
        listen();

        db.execute("INSERT INTO authentication_blacklistedtoken (jti, user_id, token_expires_at) VALUES ('"
                + UUID.randomUUID() + "', NULL, now() + interval '1 day')");

        changes.expectExactly(new EveryUserChanged());
    }

    @Test
    void an_organization_change_names_every_user() {
        UUID organization = organization();
        listen();

        db.execute("UPDATE root_organization SET trade_name = 'Renamed' WHERE id = '" + organization + "'");

        changes.expectExactly(new EveryUserChanged());
    }

    @Test
    void a_client_profile_names_every_dashboard_and_a_statement_that_changes_none_nothing() {
        long user = user();
        listen();

        db.execute("INSERT INTO clients_clientprofile (user_id, organization_id) VALUES (" + user + ", '"
                + UUID.randomUUID() + "')");
        changes.expectExactly(new EveryDashboardChanged());

        db.execute("DELETE FROM clients_clientprofile WHERE user_id = -1");
        changes.expectExactly();
    }
}
