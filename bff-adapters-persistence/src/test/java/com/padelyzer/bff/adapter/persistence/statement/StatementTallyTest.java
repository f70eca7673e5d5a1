package com.padelyzer.bff.adapter.persistence.statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatementTallyTest {

    @Test
    void tells_duplicates_from_similar_statements_by_their_parameters() {
        StatementTally tally = new StatementTally();

        tally.record("SELECT a FROM t WHERE id = ?", 1, 10);
        tally.record("SELECT a FROM t WHERE id = ?", 1, 10);
        tally.record("SELECT a FROM t WHERE id = ?", 2, 10);
        tally.record("SELECT a FROM t WHERE id = ?", 2, 10);
        tally.record("SELECT b FROM t WHERE id = ?", 1, 10);

        assertThat(tally.statements()).isEqualTo(5);
        assertThat(tally.duplicates()).isEqualTo(2);
        assertThat(tally.similar()).isEqualTo(1);
        assertThat(tally.nanos()).isEqualTo(50);
    }

    @Test
    void keeps_at_most_its_fixed_number_of_fingerprints_however_many_statements_it_counts() {
        StatementTally tally = new StatementTally();

        for (int i = 0; i < 10_000; i++) {
            tally.record("SELECT " + (i % 500) + " WHERE x = ?", i, 1);
        }

        assertThat(tally.statements()).isEqualTo(10_000);
        assertThat(tally.fingerprints()).isEqualTo(StatementTally.MAX_FINGERPRINTS);
        assertThat(tally.similar()).as("only repeats of the remembered SQL texts are still recognised")
                .isEqualTo((10_000 / 500 - 1) * StatementTally.MAX_FINGERPRINTS);
    }
}
