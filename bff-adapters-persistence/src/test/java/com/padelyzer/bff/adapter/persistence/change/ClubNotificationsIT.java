package com.padelyzer.bff.adapter.persistence.change;

import com.padelyzer.bff.application.cache.DataChange.ClubChanged;
import com.padelyzer.bff.application.cache.DataChange.EveryUserChanged;
import com.padelyzer.bff.application.cache.DataChange.UserChanged;
import com.padelyzer.bff.domain.user.UserId;
import org.junit.jupiter.api.Test;

import java.util.UUID;

/**
 * clubs_court and clubs_schedule name their club; a clubs_club row names the club and the users whose auth context
 * shows it (its club members and its organization's members), or every user when there are more than 50.
 */
class ClubNotificationsIT extends ListeningTest {

    @Test
    void a_new_court_names_its_club() {
        UUID organization = organization();
        UUID club = club(organization);
        listen();

        court(club, organization);

        changes.expectExactly(new ClubChanged(clubId(club)));
    }

    @Test
    void putting_a_court_in_maintenance_and_deleting_it_name_its_club_each_time() {
        UUID organization = organization();
        UUID club = club(organization);
        String court = court(club, organization);
        listen();

        db.execute("UPDATE clubs_court SET is_maintenance = true WHERE id = '" + court + "'");
        changes.expectExactly(new ClubChanged(clubId(club)));

        db.execute("DELETE FROM clubs_court WHERE id = '" + court + "'");
        changes.expectExactly(new ClubChanged(clubId(club)));
    }

    @Test
    void a_schedule_change_names_its_club() {
        UUID club = UUID.randomUUID();
        db.execute("INSERT INTO clubs_schedule (club_id, organization_id, weekday, opening_time, closing_time) "
                + "VALUES ('" + club + "', '" + UUID.randomUUID() + "', 0, '08:00', '22:00')");
        listen();

        db.execute("UPDATE clubs_schedule SET is_closed = true WHERE club_id = '" + club + "'");

        changes.expectExactly(new ClubChanged(clubId(club)));
    }

    @Test
    void renaming_a_club_names_the_club_its_members_and_its_organizations_members() {
        UUID organization = organization();
        UUID club = club(organization);
        long clubMember = user();
        long organizationMember = user();
        long outsider = user();
        db.execute("INSERT INTO clubs_clubmembership (user_id, club_id, role) VALUES (" + clubMember + ", '" + club
                + "', 'staff'), (" + outsider + ", '" + UUID.randomUUID() + "', 'owner')");
        db.execute("INSERT INTO authentication_organizationmembership (user_id, organization_id, role) VALUES ("
                + organizationMember + ", '" + organization + "', 'org_admin')");
        listen();

        db.execute("UPDATE clubs_club SET name = 'Renamed' WHERE id = '" + club + "'");

        changes.expectExactly(new ClubChanged(clubId(club)), new UserChanged(new UserId(clubMember)),
                new UserChanged(new UserId(organizationMember)));
    }

    @Test
    void renaming_a_club_with_more_than_50_members_names_the_club_and_every_user() {
        UUID organization = organization();
        UUID club = club(organization);
        db.execute("INSERT INTO clubs_clubmembership (user_id, club_id, role) "
                + "SELECT 1000000 + g, '" + club + "', 'member' FROM generate_series(1, 51) AS g");
        listen();

        db.execute("UPDATE clubs_club SET name = 'Renamed' WHERE id = '" + club + "'");

        changes.expectExactly(new ClubChanged(clubId(club)), new EveryUserChanged());
    }

    private String court(UUID club, UUID organization) {
        return db.queryColumn("INSERT INTO clubs_court (club_id, organization_id, name) VALUES ('" + club + "', '"
                + organization + "', 'Pista 1') RETURNING id").get(0);
    }
}
