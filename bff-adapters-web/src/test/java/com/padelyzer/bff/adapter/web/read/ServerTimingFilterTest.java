package com.padelyzer.bff.adapter.web.read;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class ServerTimingFilterTest {

    @Test
    void the_header_names_the_cache_state_the_statements_and_both_durations() {
        RequestCost cost = new RequestCost("MISS", new DatabaseWork(2, 0, 0, 1_234_567));

        assertThat(ServerTimingFilter.header(cost, 41_005_000))
                .isEqualTo("cache;desc=\"MISS\", db;dur=1.23;desc=\"2 queries\", total;dur=41.01");
    }

    @Test
    void one_statement_is_one_query() {
        RequestCost cost = new RequestCost("HIT", new DatabaseWork(1, 0, 0, 0));

        assertThat(ServerTimingFilter.header(cost, 90_000))
                .isEqualTo("cache;desc=\"HIT\", db;dur=0.00;desc=\"1 query\", total;dur=0.09");
    }

    @Test
    void milliseconds_read_as_the_two_decimals_of_percent_two_f() {
        LongStream.concat(LongStream.rangeClosed(0, 30_000).map(n -> n * 997),
                        LongStream.of(4_999, 5_000, 9_995_000, 99_995_000, 1_000_000_000_000L))
                .forEach(nanos -> assertThat(ServerTimingFilter.millis(new StringBuilder(), nanos).toString())
                        .as("%d ns", nanos)
                        .isEqualTo(String.format(Locale.ROOT, "%.2f", nanos / 1_000_000.0)));
    }
}
