package com.padelyzer.bff.adapter.web.response;

import com.padelyzer.bff.application.port.out.DatabaseWork;

import java.util.Objects;

/** A rendered answer, whether it came from the cache, and the database work this request spent producing it. */
public record Rendering(RenderedResponse response, boolean hit, DatabaseWork work) {

    public Rendering {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(work, "work");
    }
}
