package com.padelyzer.bff.app.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Stable ids for demo rows: the same kind and number always give the same UUID (name-based, version 3). */
final class DemoIds {

    private DemoIds() {
    }

    static UUID of(String kind, int number) {
        return UUID.nameUUIDFromBytes(("padel-bff-demo:" + kind + ":" + number).getBytes(StandardCharsets.UTF_8));
    }

    static UUID organization(int number) {
        return of("organization", number);
    }

    static UUID club(int number) {
        return of("club", number);
    }

    static UUID court(int number) {
        return of("court", number);
    }
}
