package com.padelyzer.bff.adapter.web.error;

import io.micronaut.serde.annotation.Serdeable;

/** The body of every error response: a human message and a machine code. */
@Serdeable
public record ApiError(String error, String code) {
}
