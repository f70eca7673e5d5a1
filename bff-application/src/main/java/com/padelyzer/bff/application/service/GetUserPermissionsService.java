package com.padelyzer.bff.application.service;

import com.padelyzer.bff.application.port.in.GetUserPermissionsUseCase;
import com.padelyzer.bff.application.port.out.LoadUserAccessPort;
import com.padelyzer.bff.domain.permission.PermissionCalculator;
import java.util.List;

/** One of the four single auth reads (uncached, the measured "before"); same shaping as the auth context. */
public final class GetUserPermissionsService implements GetUserPermissionsUseCase {

    private final LoadUserAccessPort users;
    private final PermissionCalculator permissions;

    public GetUserPermissionsService(LoadUserAccessPort users, PermissionCalculator permissions) {
        this.users = users;
        this.permissions = permissions;
    }

    @Override
    public List<String> getUserPermissions(GetUserPermissionsQuery query) {
        return users.loadUserAccess(query.user()).map(permissions::permissionsOf).orElse(List.of());
    }
}
