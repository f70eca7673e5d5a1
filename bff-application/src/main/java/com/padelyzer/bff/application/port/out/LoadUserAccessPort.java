package com.padelyzer.bff.application.port.out;

import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.user.UserId;
import java.util.Optional;

/**
 * Loads a user with all their organization memberships (with the organizations) and club memberships (with the
 * clubs and the clubs' organizations), active or not, in one consistent read. Empty when the user does not exist.
 */
public interface LoadUserAccessPort {
    Optional<UserAccess> loadUserAccess(UserId user);
}
