package com.padelyzer.bff.domain.customer;

import com.padelyzer.bff.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** A user's client profile; its creation is when the user became a customer. */
public record ClientProfile(UserId userId, Instant createdAt) {
    public ClientProfile {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
