package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.adapter.persistence.jdbc.SingleRowStatement;
import com.padelyzer.bff.adapter.persistence.jdbc.SqlFragment;
import com.padelyzer.bff.domain.club.ClubWithCourtCount;
import com.padelyzer.bff.application.port.out.LoadOrganizationClubsPort;
import com.padelyzer.bff.domain.organization.OrganizationId;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * {@link LoadOrganizationClubsPort} in one statement: clubs by (organization_id, is_active), the shape of
 * idx_bff_clubs_organization, with their active courts counted by idx_bff_courts_club_active.
 */
@Singleton
final class OrganizationClubsAdapter implements LoadOrganizationClubsPort {

    private static final SqlFragment CLUBS = SqlFragment.of(
            "SELECT json_build_object('clubs', coalesce(json_agg(json_build_object("
            + "'club', " + ClubSql.club("c") + ", "
            + "'activeCourts', (SELECT count(*) FROM clubs_court k WHERE k.club_id = c.id AND k.is_active)"
            + ") ORDER BY c.name, c.id), '[]'::json)) ");

    private final SingleRowStatement statement;
    private final SnapshotJson json;
    private final ClubMapper clubs;

    OrganizationClubsAdapter(SingleRowStatement statement, SnapshotJson json, ClubMapper clubs) {
        this.statement = statement;
        this.json = json;
        this.clubs = clubs;
    }

    @Override
    public List<ClubWithCourtCount> loadActiveClubs(OrganizationId organization) {
        return statement.readFirstRow("organization clubs", select(organization), row -> row.getString(1))
                .map(text -> json.read(text, OrganizationClubsRow.class).clubs().stream()
                        .map(counted -> new ClubWithCourtCount(clubs.club(counted.club()), counted.activeCourts()))
                        .toList())
                .orElse(List.of());
    }

    static SqlFragment select(OrganizationId organization) {
        return CLUBS.append("FROM clubs_club c WHERE c.organization_id = ? AND c.is_active", organization.value());
    }
}
