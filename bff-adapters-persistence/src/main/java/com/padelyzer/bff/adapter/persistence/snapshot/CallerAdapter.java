package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.adapter.persistence.jdbc.SingleRowStatement;
import com.padelyzer.bff.adapter.persistence.jdbc.SqlFragment;
import com.padelyzer.bff.application.port.out.CallerSnapshot;
import com.padelyzer.bff.application.port.out.ClubOnRecord;
import com.padelyzer.bff.application.port.out.LoadCallerPort;
import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.club.ClubTenancy;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.organization.OrganizationId;
import com.padelyzer.bff.domain.user.UserId;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.UUID;

/**
 * {@link LoadCallerPort} in one statement: the user with every membership, whether the token id is blacklisted,
 * and the asked club's (or the asked court's club's) tenancy and time zone when that club exists and is active.
 */
@Singleton
final class CallerAdapter implements LoadCallerPort {

    private static final SqlFragment USER_ACCESS = SqlFragment.of("SELECT " + AccessSql.userAccess("u") + ", ");

    private final SingleRowStatement statement;
    private final SnapshotJson json;
    private final AccessMapper mapper;
    private final ClubMapper clubs;

    CallerAdapter(SingleRowStatement statement, SnapshotJson json, AccessMapper mapper, ClubMapper clubs) {
        this.statement = statement;
        this.json = json;
        this.mapper = mapper;
        this.clubs = clubs;
    }

    @Override
    public Optional<CallerSnapshot> loadCaller(UserId user, String tokenId, Optional<ClubId> club) {
        return load(select(user, tokenId, club));
    }

    @Override
    public Optional<CallerSnapshot> loadCallerForCourt(UserId user, String tokenId, CourtId court) {
        return load(selectForCourt(user, tokenId, court));
    }

    private Optional<CallerSnapshot> load(SqlFragment select) {
        return statement.readFirstRow("caller", select, row -> {
            UUID tenantClub = row.getObject(3, UUID.class);
            UUID tenantOrganization = row.getObject(4, UUID.class);
            ClubOnRecord onRecord = tenantClub == null ? null : new ClubOnRecord(
                    new ClubTenancy(new ClubId(tenantClub), new OrganizationId(tenantOrganization)),
                    clubs.zoneOf(row.getString(5)));
            return new CallerRow(row.getString(1), row.getBoolean(2), onRecord);
        }).map(row -> new CallerSnapshot(mapper.userAccess(json.read(row.access(), UserAccessRow.class)),
                row.tokenRevoked(), row.club()));
    }

    static SqlFragment select(UserId user, String tokenId, Optional<ClubId> club) {
        UUID clubId = club.map(ClubId::value).orElse(null);
        return selectJoining(user, tokenId, SqlFragment.of("CAST(? AS uuid)", clubId));
    }

    /** The court's club by the court's primary key: an unknown court finds no club, as an unknown club does. */
    static SqlFragment selectForCourt(UserId user, String tokenId, CourtId court) {
        return selectJoining(user, tokenId,
                SqlFragment.of("(SELECT k.club_id FROM clubs_court k WHERE k.id = ?)", court.value()));
    }

    private static SqlFragment selectJoining(UserId user, String tokenId, SqlFragment clubId) {
        return USER_ACCESS
                .append("EXISTS (SELECT 1 FROM authentication_blacklistedtoken t WHERE t.jti = ?), ", tokenId)
                .append("tc.id, tc.organization_id, tc.timezone FROM authentication_user u ")
                .append("LEFT JOIN clubs_club tc ON tc.id = ").append(clubId).append(" AND tc.is_active ")
                .append("WHERE u.id = ?", user.value());
    }

    /** The caller statement's one row before its JSON is parsed (parsing stays outside the open connection). */
    private record CallerRow(String access, boolean tokenRevoked, ClubOnRecord club) {
    }
}
