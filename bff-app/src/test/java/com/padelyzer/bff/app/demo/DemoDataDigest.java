package com.padelyzer.bff.app.demo;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** An md5 of every demo table's rows in a fixed order, per table, for comparing two loads. */
final class DemoDataDigest {

    private static final List<String> TABLES = List.of("root_organization", "authentication_user",
            "authentication_organizationmembership", "clubs_club", "clubs_court", "clubs_schedule",
            "clubs_clubmembership", "reservations_reservation", "reservations_blockedslot", "clients_clientprofile",
            "authentication_blacklistedtoken");

    private DemoDataDigest() {
    }

    static Map<String, String> of(TestDatabase db) {
        Map<String, String> digests = new TreeMap<>();
        for (String table : TABLES) {
            digests.put(table, db.queryColumn("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                    + "FROM " + table + " t").get(0));
        }
        return digests;
    }
}
