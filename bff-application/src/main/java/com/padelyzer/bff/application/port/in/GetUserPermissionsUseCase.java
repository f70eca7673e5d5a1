package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.user.UserId;
import java.util.List;
import java.util.Objects;

/** {@code GET /api/auth/permissions/}: the permission strings exactly as in the auth context. */
public interface GetUserPermissionsUseCase {

    List<String> getUserPermissions(GetUserPermissionsQuery query);

    record GetUserPermissionsQuery(UserId user) {
        public GetUserPermissionsQuery {
            Objects.requireNonNull(user, "user");
        }
    }
}
