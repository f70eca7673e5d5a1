package com.padelyzer.bff.domain.user;

/** Identifier of a user ({@code authentication_user.id}, the JWT claim {@code user_id}). */
public record UserId(long value) {
    public UserId {
        if (value <= 0) {
            throw new IllegalArgumentException("a user id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
