package com.padelyzer.bff.adapter.web.monitoring;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RequestMeasurementTest {

    @Test
    void writes_every_figure_of_spec_7_as_one_line_of_json() {
        RequestMeasurement measurement = new RequestMeasurement(EndpointType.AVAILABILITY, "GET",
                "/api/bff/bi/availability/bulk/", 200, 12_345_678, Duration.ofMillis(100), 2, 1, 0, CacheState.MISS,
                "103", 2048);

        assertThat(measurement.toJson()).isEqualTo("{\"endpoint\":\"availability\",\"method\":\"GET\","
                + "\"path\":\"/api/bff/bi/availability/bulk/\",\"status\":200,\"response_time_ms\":12.35,"
                + "\"threshold_ms\":100,\"exceeded_threshold\":false,\"query_count\":2,\"duplicate_statements\":1,"
                + "\"similar_statements\":0,\"cache\":\"miss\",\"user\":\"103\",\"response_size\":2048}");
    }

    @Test
    void writes_an_unknown_user_and_size_as_null_and_escapes_the_path() {
        RequestMeasurement measurement = new RequestMeasurement(EndpointType.DEFAULT, "GET", "/api/bff/\"x\\", 401,
                1_000_000, Duration.ofMillis(250), 0, 0, 0, CacheState.NONE, null, -1);

        assertThat(measurement.toJson()).contains("\"path\":\"/api/bff/\\\"x\\\\\"", "\"user\":null",
                "\"response_size\":null", "\"cache\":\"none\"", "\"status\":401");
    }

    @Test
    void exceeds_past_its_threshold_and_alarms_only_past_one_and_a_half_times_it() {
        assertThat(Measurements.dashboard(200, 0, CacheState.HIT).exceededThreshold()).isFalse();
        assertThat(Measurements.dashboard(201, 0, CacheState.HIT).exceededThreshold()).isTrue();
        assertThat(Measurements.dashboard(300, 0, CacheState.HIT).alarming()).isFalse();
        assertThat(Measurements.dashboard(301, 0, CacheState.HIT).alarming()).isTrue();
    }
}
