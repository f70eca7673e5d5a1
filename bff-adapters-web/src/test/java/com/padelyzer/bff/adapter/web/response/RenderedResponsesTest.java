package com.padelyzer.bff.adapter.web.response;

import com.padelyzer.bff.application.cache.CacheTtls;
import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.port.out.DatabaseWork;
import com.padelyzer.bff.application.port.out.MeasureDatabaseWorkPort;
import com.padelyzer.bff.application.port.out.StoreUnavailableException;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class RenderedResponsesTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    final JsonMapper json = mock(JsonMapper.class);
    final MeasureDatabaseWorkPort measure = mock(MeasureDatabaseWorkPort.class);
    final RenderedResponses rendered = new RenderedResponses(json, measure, CacheTtls.defaults(),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void render_every_body_as_its_text() throws IOException {
        when(json.writeValueAsBytes(any())).thenAnswer(call ->
                call.getArgument(0).toString().getBytes(StandardCharsets.UTF_8));
        when(measure.finishMeasuring()).thenReturn(new DatabaseWork(2, 1, 900_000));
    }

    @Test
    void hands_the_shape_the_key_and_the_statements_of_the_computation_and_expires_after_the_types_ttl() {
        AtomicReference<Computation> seen = new AtomicReference<>();

        Optional<Rendering> rendering = rendered.cached("bff:dashboard:x", CacheType.DASHBOARD_ANALYTICS,
                () -> Optional.of("answer"), (value, computation) -> {
                    seen.set(computation);
                    return value;
                });

        assertThat(seen.get()).isEqualTo(new Computation("bff:dashboard:x", 2, NOW));
        assertThat(rendering).get().satisfies(r -> {
            assertThat(new String(r.response().body(), StandardCharsets.UTF_8)).isEqualTo("answer");
            assertThat(r.response().expiresAt()).isEqualTo(NOW.plusSeconds(300));
            assertThat(r.hit()).isFalse();
            assertThat(r.work()).isEqualTo(new DatabaseWork(2, 1, 900_000));
        });
    }

    @Test
    void renders_nothing_when_the_computation_finds_nothing() throws IOException {
        assertThat(rendered.cached("k", CacheType.AVAILABILITY, Optional::empty, (value, c) -> value)).isEmpty();
        verify(json, never()).writeValueAsBytes(any());
    }

    @Test
    void finishes_the_measurement_even_when_the_store_is_down() {
        assertThatThrownBy(() -> rendered.uncached(() -> {
            throw new StoreUnavailableException("down", null);
        }, value -> value)).isInstanceOf(StoreUnavailableException.class);

        verify(measure).startMeasuring();
        verify(measure).finishMeasuring();
    }

    @Test
    void keeps_an_uncached_answer_for_no_time() {
        Optional<Rendering> rendering = rendered.uncached(() -> Optional.of("answer"), value -> value);

        assertThat(rendering).get().extracting(r -> r.response().expiresAt()).isEqualTo(NOW);
    }
}
