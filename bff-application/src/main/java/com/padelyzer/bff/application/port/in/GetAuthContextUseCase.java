package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.permission.UserAccess;
import com.padelyzer.bff.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/** The auth context (SPEC §5.2): one call replacing four. Empty when the user does not exist. */
public interface GetAuthContextUseCase {

    Optional<AuthContext> getAuthContext(GetAuthContextQuery query);

    /**
     * The auth context of a user's access already read, e.g. by the caller check that admitted the request: the same
     * answer as {@link #getAuthContext} for that access, without reading it again.
     */
    AuthContext authContextOf(AuthContextOfAccessQuery query);

    record GetAuthContextQuery(UserId user) {
        public GetAuthContextQuery {
            Objects.requireNonNull(user, "user");
        }
    }

    record AuthContextOfAccessQuery(UserAccess access) {
        public AuthContextOfAccessQuery {
            Objects.requireNonNull(access, "access");
        }
    }
}
