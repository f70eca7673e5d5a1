package com.padelyzer.bff.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionTest {

    @Test
    void a_denial_gives_its_reason() {
        assertThat(Decision.denied("reserved").denialReason()).contains("reserved");
    }

    @Test
    void an_allowed_decision_has_no_reason() {
        assertThat(Decision.allowed().denialReason()).isEmpty();
    }
}
