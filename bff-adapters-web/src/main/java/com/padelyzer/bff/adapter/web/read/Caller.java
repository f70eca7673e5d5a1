package com.padelyzer.bff.adapter.web.read;

import com.padelyzer.bff.adapter.web.error.ApiErrorException;
import com.padelyzer.bff.domain.user.UserId;
import io.micronaut.security.authentication.Authentication;

import java.security.Principal;
import java.util.Objects;

/**
 * Who is asking: the token's {@code user_id} (the authentication's name) and its {@code jti}. A controller takes it
 * as an argument ({@link CallerBinder}); being a {@link Principal}, it is no API parameter for micronaut-openapi.
 */
public record Caller(UserId user, String tokenId) implements Principal {

    static final String TOKEN_ID_CLAIM = "jti";

    public Caller {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(tokenId, "tokenId");
    }

    /** A token without a usable user id or token id is refused like any invalid token: 401. */
    static Caller of(Authentication authentication) {
        Object tokenId = authentication.getAttributes().get(TOKEN_ID_CLAIM);
        if (!(tokenId instanceof String id) || id.isBlank()) {
            throw ApiErrorException.unauthorized();
        }
        try {
            return new Caller(new UserId(Long.parseLong(authentication.getName())), id);
        } catch (IllegalArgumentException notAUserId) {
            throw ApiErrorException.unauthorized();
        }
    }

    @Override
    public String getName() {
        return user.toString();
    }
}
