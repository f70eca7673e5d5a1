package com.padelyzer.bff.adapter.persistence.change;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;

/** A migrated database only the change tests write to (one at a time), so a listener hears nothing else. */
final class ChangeTestDatabase {

    private static TestDatabase database;

    private ChangeTestDatabase() {
    }

    static synchronized TestDatabase get() {
        if (database == null) {
            TestDatabase db = TestDatabase.createEmpty();
            db.migrate();
            database = db;
        }
        return database;
    }

    static ListenerDatabase listenerDatabase() {
        TestDatabase db = get();
        return new ListenerDatabase(db.jdbcUrl(), db.user(), db.password());
    }
}
