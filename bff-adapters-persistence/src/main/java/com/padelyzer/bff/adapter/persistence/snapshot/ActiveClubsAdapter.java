package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.adapter.persistence.jdbc.SingleRowStatement;
import com.padelyzer.bff.adapter.persistence.jdbc.SqlFragment;
import com.padelyzer.bff.application.port.out.ClubOnRecord;
import com.padelyzer.bff.application.port.out.LoadActiveClubsPort;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.club.ClubTenancy;
import com.padelyzer.bff.domain.organization.OrganizationId;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@link LoadActiveClubsPort} in one statement: active clubs by id order, with organization and zone. */
@Singleton
final class ActiveClubsAdapter implements LoadActiveClubsPort {

    private static final SqlFragment CLUBS = SqlFragment.of(
            "SELECT json_build_object('clubs', coalesce(json_agg(json_build_object('id', c.id, 'organizationId', "
            + "c.organization_id, 'timezone', c.timezone) ORDER BY c.id), '[]'::json))::text "
            + "FROM (SELECT id, organization_id, timezone "
            + "FROM clubs_club WHERE is_active ");

    private final SingleRowStatement statement;
    private final SnapshotJson json;
    private final ClubMapper clubs;

    ActiveClubsAdapter(SingleRowStatement statement, SnapshotJson json, ClubMapper clubs) {
        this.statement = statement;
        this.json = json;
        this.clubs = clubs;
    }

    @Override
    public List<ClubOnRecord> loadActiveClubRecords(Set<ClubId> only, int limit) {
        return statement.readFirstRow("active clubs", select(only, limit), row -> row.getString(1))
                .map(text -> json.read(text, ActiveClubsRow.class).clubs())
                .orElse(List.of())
                .stream()
                .map(row -> new ClubOnRecord(new ClubTenancy(new ClubId(row.id()),
                        new OrganizationId(row.organizationId())), clubs.zoneOf(row.timezone())))
                .toList();
    }

    static SqlFragment select(Set<ClubId> only, int limit) {
        SqlFragment clubs = only.isEmpty() ? CLUBS : CLUBS.append("AND id = ANY(CAST(? AS uuid[])) ",
                only.stream().map(ClubId::toString).sorted().collect(Collectors.joining(",", "{", "}")));
        return clubs.append("ORDER BY id LIMIT ?) c", limit);
    }

    @Serdeable
    record ActiveClubsRow(List<ActiveClubRow> clubs) {
    }

    @Serdeable
    record ActiveClubRow(UUID id, UUID organizationId, String timezone) {
    }
}
