package com.padelyzer.bff.application.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CacheTtlsTest {

    @Test
    void defaults_follow_the_spec_table() {
        CacheTtls ttls = CacheTtls.defaults();
        assertThat(ttls.ttlFor(CacheType.AVAILABILITY)).hasSeconds(60);
        assertThat(ttls.ttlFor(CacheType.DASHBOARD_ANALYTICS)).hasSeconds(300);
        assertThat(ttls.ttlFor(CacheType.AUTH_CONTEXT)).hasSeconds(3600);
        assertThat(ttls.ttlFor(CacheType.USER_PERMISSIONS)).hasSeconds(600);
        assertThat(ttls.ttlFor(CacheType.CLUB_DATA)).hasSeconds(600);
    }

    @Test
    void rejects_a_ttl_that_is_not_positive() {
        assertThatThrownBy(() -> new CacheTtls(Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
