package com.padelyzer.bff.adapter.web.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.padelyzer.bff.adapter.web.response.IsoText;
import com.padelyzer.bff.domain.user.User;
import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** The {@code user} object, in the auth context and alone at {@code GET /api/auth/user/}. */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
record UserBody(String id, String email, String firstName, String lastName, boolean isActive, boolean isStaff,
                boolean isSuperuser, @Schema(nullable = true) String lastLogin, String dateJoined, boolean emailVerified,
                boolean twoFactorEnabled, String phoneNumber, String timezone, String language) {

    static UserBody of(User user) {
        return new UserBody(user.id().toString(), user.email(), user.firstName(), user.lastName(), user.isActive(),
                user.isStaff(), user.isSuperuser(), IsoText.timestamp(user.lastLogin()),
                IsoText.timestamp(user.dateJoined()), user.emailVerified(), user.twoFactorEnabled(),
                user.phone(), user.timezone(), user.language());
    }
}
