package com.padelyzer.bff.app;

import com.padelyzer.bff.adapter.cache.L1Capacity;
import com.padelyzer.bff.adapter.persistence.snapshot.DefaultClubZone;
import com.padelyzer.bff.adapter.web.read.ResponseCaching;
import com.padelyzer.bff.application.cache.CacheTtls;
import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Configuration reaches the core and the adapters as plain values, through the app's configuration records. */
class SettingsWiringIT {

    private static Map<String, Object> with(Map<String, Object> settings) {
        return TestContexts.on(TestDatabase.shared(), settings);
    }

    @Test
    void configured_settings_reach_the_core_and_the_adapters() {
        try (ApplicationContext context = ApplicationContext.run(with(Map.of(
                "bff.timezone", "Europe/Madrid",
                "bff.cache.responses", "false",
                "bff.cache.l1.max-bytes", "1024",
                "bff.cache.ttl.availability", "30s",
                "bff.cache.ttl.auth-context", "120s")))) {
            assertThat(context.getBean(DefaultClubZone.class).zone()).isEqualTo(ZoneId.of("Europe/Madrid"));
            assertThat(context.getBean(L1Capacity.class).maxBytes()).isEqualTo(1024);
            assertThat(context.getBean(ResponseCaching.class).enabled()).isFalse();
            CacheTtls ttls = context.getBean(CacheTtls.class);
            assertThat(ttls.availability()).isEqualTo(Duration.ofSeconds(30));
            assertThat(ttls.authContext()).isEqualTo(Duration.ofSeconds(120));
            assertThat(ttls.dashboardAnalytics()).isEqualTo(Duration.ofSeconds(300));
        }
    }

    @Test
    void the_defaults_are_those_of_spec_sections_6_and_8() {
        try (ApplicationContext context = ApplicationContext.run(with(Map.of()))) {
            assertThat(context.getBean(DefaultClubZone.class).zone()).isEqualTo(ZoneId.of("America/Mexico_City"));
            assertThat(context.getBean(L1Capacity.class).maxBytes()).isEqualTo(64L * 1024 * 1024);
            assertThat(context.getBean(ResponseCaching.class).enabled()).as("caching is on by default").isTrue();
            assertThat(context.getBean(CacheTtls.class)).isEqualTo(CacheTtls.defaults());
        }
    }
}
