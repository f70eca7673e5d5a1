package com.padelyzer.bff.adapter.cache;

import com.padelyzer.bff.application.cache.KeyPattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvalidationTest {

    @Test
    void a_key_and_a_pattern_read_back_from_their_messages() {
        Invalidation key = Invalidation.ofKey("a", "bff:availability:c1:2026-11-25:all:60");
        Invalidation pattern = Invalidation.ofPattern("b", new KeyPattern("bff:dashboard:c1:"));

        assertThat(key.message()).isEqualTo("1|a|K|bff:availability:c1:2026-11-25:all:60");
        assertThat(Invalidation.parse(key.message())).contains(key);
        assertThat(Invalidation.parse(pattern.message())).contains(pattern);
        assertThat(Invalidation.parse(Invalidation.ofPattern("b", KeyPattern.EVERY_KEY).message()).orElseThrow()
                .pattern()).isEqualTo(KeyPattern.EVERY_KEY);
    }

    @Test
    void a_key_containing_the_separator_survives() {
        Invalidation key = Invalidation.ofKey("a", "bff:auth:context:1|2:x");

        assertThat(Invalidation.parse(key.message())).contains(key);
    }

    @Test
    void ignores_messages_that_are_not_ours() {
        assertThat(Invalidation.parse("hello")).isEmpty();
        assertThat(Invalidation.parse("2|a|K|bff:x")).isEmpty();
        assertThat(Invalidation.parse("1|a|X|bff:x")).isEmpty();
        assertThat(Invalidation.parse("1||K|bff:x")).isEmpty();
        assertThat(Invalidation.parse("1|a|P|other:x")).as("not a key of this service").isEmpty();
        assertThat(Invalidation.parse("1|a|P|bff:*")).as("no glob may widen an eviction").isEmpty();
    }
}
