package com.padelyzer.bff.application.port.in;

import com.padelyzer.bff.domain.permission.UserAccess;

import java.util.Objects;

/** The verdict on a request's caller, decided before any cache is asked. */
public sealed interface Authorization {

    /** No such user, an inactive user, or a blacklisted token: 401. The reason is for logs, never for responses. */
    record Unauthenticated(String reason) implements Authorization {
        public Unauthenticated {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The club is unknown, or the caller may not read it for this purpose: the same 404 either way. */
    record ClubDenied() implements Authorization {
    }

    /** The caller may go on; {@code access} is what was loaded to decide it. */
    record Admitted(UserAccess access) implements Authorization {
        public Admitted {
            Objects.requireNonNull(access, "access");
        }

        /** Staff and superusers may use the management endpoints (SPEC §4). */
        public boolean mayManage() {
            return access.user().isStaff() || access.user().isSuperuser();
        }
    }
}
