package com.padelyzer.bff.adapter.cache;

import com.padelyzer.bff.application.cache.CacheType;
import com.padelyzer.bff.application.port.out.CachedResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CachedResponseCodecTest {

    private static final CachedResponse RESPONSE = new CachedResponse("{\"club\":\"ñ\"}".getBytes(StandardCharsets.UTF_8),
            "\"abc\"", Instant.parse("2026-11-25T10:00:00.123456789Z"), Duration.ofMillis(60_500),
            CacheType.DASHBOARD_ANALYTICS, Duration.ofSeconds(30));

    @Test
    void reads_back_every_field_it_wrote() {
        assertThat(CachedResponseCodec.decode(CachedResponseCodec.encode(RESPONSE))).contains(RESPONSE);
    }

    @Test
    void starts_with_its_version_and_names_the_cache_type_by_its_code() {
        byte[] bytes = CachedResponseCodec.encode(RESPONSE);

        assertThat(bytes[0]).isEqualTo(CachedResponseCodec.VERSION);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("dashboard_analytics");
    }

    @Test
    void reads_another_version_a_cut_value_or_garbage_as_a_miss() {
        byte[] bytes = CachedResponseCodec.encode(RESPONSE);
        byte[] otherVersion = bytes.clone();
        otherVersion[0] = 2;

        assertThat(CachedResponseCodec.decode(otherVersion)).isEmpty();
        assertThat(CachedResponseCodec.decode(Arrays.copyOf(bytes, bytes.length - 1))).isEmpty();
        assertThat(CachedResponseCodec.decode(Arrays.copyOf(bytes, bytes.length + 1))).isEmpty();
        assertThat(CachedResponseCodec.decode(new byte[0])).isEmpty();
        assertThat(CachedResponseCodec.decode("not ours".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void reads_an_unknown_cache_type_as_a_miss() {
        byte[] bytes = CachedResponseCodec.encode(RESPONSE);
        String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("dashboard_analytics", "dashboard_analytica");

        assertThat(CachedResponseCodec.decode(text.getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    }
}
