package com.padelyzer.bff.application.port.in;

import java.time.Instant;
import java.util.Objects;

/** The {@code current_organization} object; {@code email}/{@code phone} are the primary ones. */
public record CurrentOrganization(String id, String tradeName, String businessName, String type, String state,
                                  String email, String phone, Instant createdAt, boolean isActive) {
    public CurrentOrganization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
