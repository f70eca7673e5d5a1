package com.padelyzer.bff.adapter.persistence.change;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import com.padelyzer.bff.domain.club.ClubId;
import org.junit.jupiter.api.AfterEach;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A listener on the change tests' own database, recording what it hears. A test writes its fixture rows first and
 * then calls {@link #listen()}: a listener hears only what commits after it subscribed. Closed after each test.
 */
abstract class ListeningTest {

    final TestDatabase db = ChangeTestDatabase.get();
    final RecordedChanges changes = new RecordedChanges();
    DataChangeListener listener;

    void listen() {
        listener = new DataChangeListener(ChangeTestDatabase.listenerDatabase(), changes);
        listener.start();
        assertThat(listener.isConnected()).as("connected once start() returns").isTrue();
    }

    @AfterEach
    void stop_listening() {
        if (listener != null) {
            listener.close();
        }
    }

    /** A new organization row (clubs and courts reference one). */
    UUID organization() {
        return UUID.fromString(db.queryColumn("INSERT INTO root_organization (business_name, trade_name) "
                + "VALUES ('Org S.A.', 'Org') RETURNING id").get(0));
    }

    UUID club(UUID organization) {
        String slug = "club-" + UUID.randomUUID();
        return UUID.fromString(db.queryColumn("INSERT INTO clubs_club (organization_id, name, slug) VALUES ('"
                + organization + "', 'Club', '" + slug + "') RETURNING id").get(0));
    }

    long user() {
        return Long.parseLong(db.queryColumn("INSERT INTO authentication_user (email) VALUES ('u"
                + UUID.randomUUID() + "@example.mx') RETURNING id").get(0));
    }

    static ClubId clubId(UUID id) {
        return new ClubId(id);
    }
}
