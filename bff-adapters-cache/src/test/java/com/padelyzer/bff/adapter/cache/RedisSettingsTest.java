package com.padelyzer.bff.adapter.cache;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisSettingsTest {

    private static RedisSettings at(String uri, String namespace) {
        return new RedisSettings(uri, namespace, Duration.ofMillis(250), Duration.ofSeconds(1));
    }

    @Test
    void names_the_server_without_its_credentials() {
        RedisSettings settings = at("redis://cache-user:s3cret@cache.internal:6380/2", "");

        assertThat(settings.where()).isEqualTo("redis://cache.internal:6380/2");
        assertThat(settings.toString()).doesNotContain("s3cret").doesNotContain("cache-user");
        assertThat(at("redis://:s3cret@127.0.0.1", "").where()).isEqualTo("redis://127.0.0.1:6379/0");
        assertThat(at("rediss://:s3cret@cache.internal:6390/1", "").where()).isEqualTo("rediss://cache.internal:6390/1");
    }

    @Test
    void a_namespace_is_a_literal_prefix() {
        assertThat(at("redis://127.0.0.1", "test-1a2b:").namespace()).isEqualTo("test-1a2b:");
        assertThatThrownBy(() -> at("redis://127.0.0.1", "test-*:")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> at("redis://127.0.0.1", "test [1]:")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needs_a_uri_and_positive_durations() {
        assertThatThrownBy(() -> at(" ", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedisSettings("redis://127.0.0.1", "", Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
