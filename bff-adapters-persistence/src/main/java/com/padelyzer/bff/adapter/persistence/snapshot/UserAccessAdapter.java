package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.adapter.persistence.jdbc.SingleRowStatement;
import com.padelyzer.bff.adapter.persistence.jdbc.SqlFragment;
import com.padelyzer.bff.application.port.out.LoadUserAccessPort;
import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.user.UserId;
import jakarta.inject.Singleton;

import java.util.Optional;

/** {@link LoadUserAccessPort} in one statement: the user with every membership, as one JSON document. */
@Singleton
final class UserAccessAdapter implements LoadUserAccessPort {

    private static final SqlFragment USER_ACCESS =
            SqlFragment.of("SELECT " + AccessSql.userAccess("u") + " FROM authentication_user u ");

    private final SingleRowStatement statement;
    private final SnapshotJson json;
    private final AccessMapper mapper;

    UserAccessAdapter(SingleRowStatement statement, SnapshotJson json, AccessMapper mapper) {
        this.statement = statement;
        this.json = json;
        this.mapper = mapper;
    }

    @Override
    public Optional<UserAccess> loadUserAccess(UserId user) {
        return statement.readFirstRow("user access", select(user), row -> row.getString(1))
                .map(text -> mapper.userAccess(json.read(text, UserAccessRow.class)));
    }

    static SqlFragment select(UserId user) {
        return USER_ACCESS.append("WHERE u.id = ?", user.value());
    }
}
