package com.padelyzer.bff.app.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import static com.padelyzer.bff.app.http.Fixture.ANALYTICS_CLUB;
import static com.padelyzer.bff.app.http.Fixture.ANALYTICS_OWNER;
import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_CLUB;
import static com.padelyzer.bff.app.http.Fixture.AVAILABILITY_MEMBER;
import static com.padelyzer.bff.app.http.Fixture.ORG_A_ADMIN;
import static com.padelyzer.bff.app.http.Fixture.PLATFORM_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations page at {@code /management/} in Debian's Chromium, against a server of its own (caching, every
 * availability request slow enough to raise an alert) after some traffic: the token pasted once, the charts fed
 * by two polls, the alerts and indexes listed, a cancelled flush that does nothing, a confirmed one that really
 * empties the cache, a warm-up that fills it; a non-staff token refused and forgotten; no console error, no request elsewhere, the token in the tab's session storage only. The page
 * as it then looks (or as it looked when the test failed) is written to {@code target/operations-page.png}.
 */
class OperationsPageIT {

    private static final String DASHBOARD = "/api/bff/bi/analytics/club/?club=" + ANALYTICS_CLUB;
    private static final String AVAILABILITY = "/api/bff/bi/availability/bulk/?club=" + AVAILABILITY_CLUB
            + "&date=2026-03-26";
    private static final String CONTEXT = "/api/bff/auth/context/";
    private static final String STATUS = "/api/management/bff/cache/status/";
    private static final String FLUSH = "/api/management/bff/cache/flush/";
    private static final Duration TWO_POLLS = Duration.ofSeconds(20);

    private static BffServer server;

    @BeforeAll
    static void start_a_server_with_some_traffic() {
        server = BffServer.startWith(Map.of("bff.cache.responses", true, "test.slow-availability", "true"));
        for (int i = 0; i < 3; i++) {
            server.get(DASHBOARD, TestTokens.accessToken(ANALYTICS_OWNER));
            server.get(AVAILABILITY, TestTokens.accessToken(AVAILABILITY_MEMBER));
            server.get(CONTEXT, TestTokens.accessToken(ORG_A_ADMIN));
        }
    }

    @AfterAll
    static void stop_the_server() {
        server.stop();
    }

    @Test
    void the_page_and_its_chart_library_are_served_anonymously_but_the_api_it_calls_is_not() {
        HttpResponse<String> page = server.exchange(HttpRequest.GET("/management/"));
        assertThat(page.code()).isEqualTo(200);
        assertThat(page.getContentType()).hasValueSatisfying(type -> assertThat(type.getName()).isEqualTo("text/html"));
        assertThat(server.body(page)).contains("<h1>Padel BFF operations</h1>", "Content-Security-Policy");

        assertThat(server.exchange(HttpRequest.GET("/management")).code()).isEqualTo(200);

        HttpResponse<String> library = server.exchange(HttpRequest.GET("/management/uPlot.esm.js"));
        assertThat(library.code()).isEqualTo(200);
        assertThat(server.body(library)).contains("export { uPlot as default }");

        assertThat(server.exchange(HttpRequest.GET("/api/management/bff/performance/")).code()).isEqualTo(401);
    }

    @Test
    void charts_the_polled_figures_and_flushes_the_cache_once_the_operator_confirms() throws Exception {
        String token = TestTokens.accessToken(PLATFORM_STAFF);
        assertThat(server.get(DASHBOARD, TestTokens.accessToken(ANALYTICS_OWNER)).header("X-Cache")).isEqualTo("HIT");
        JsonMapper json = server.embeddedServer().getApplicationContext().getBean(JsonMapper.class);
        String base = server.embeddedServer().getURL().toString();

        try (HeadlessChromium chromium = HeadlessChromium.start(
                Path.of("target", "chromium-profile-" + System.nanoTime()), json)) {
            try {
                operate(chromium, token, json, base);
            } finally {
                chromium.screenshot(Path.of("target", "operations-page.png"));
            }
        }
    }

    private static void operate(HeadlessChromium chromium, String token, JsonMapper json, String base)
            throws Exception {
        chromium.open(base + "/management");   // without its slash: the page's own files must load all the same
        chromium.waitUntil("document.readyState === 'complete' && globalThis.operationsPage",
                Duration.ofSeconds(10));
        chromium.type("#token", TestTokens.accessToken(ORG_A_ADMIN));
        chromium.click("#token-form button[type=submit]");
        chromium.waitUntil("document.getElementById('status').textContent.includes('403')", Duration.ofSeconds(10));
        assertThat(chromium.evaluate("sessionStorage.length").getNumberValue().intValue())
                .as("a refused token is forgotten").isZero();

        chromium.type("#token", token);
        chromium.click("#token-form button[type=submit]");

        chromium.waitUntil("""
                ['dashboard', 'availability', 'auth_context'].every(type => {
                  const chart = operationsPage.charts.get('latency-' + type);
                  return chart && chart.plot.data[0].length >= 2
                      && chart.plot.data.slice(1).every(ys => ys.filter(y => y !== null).length >= 2);
                })""", TWO_POLLS);
        assertThat(chromium.evaluate("operationsPage.charts.get('latency-availability').plot.data[4][1]")
                .getNumberValue().doubleValue()).as("availability's threshold line, ms").isEqualTo(100.0);
        assertThat(chromium.evaluate("operationsPage.charts.get('latency-availability').plot.data[2][1]")
                .getNumberValue().doubleValue()).as("availability's p95, slowed by 200 ms")
                .isGreaterThan(SlowAvailabilityFilter.DELAY_MS);
        assertThat(chromium.evaluate("document.querySelectorAll('#latency-charts canvas').length")
                .getNumberValue().intValue()).isEqualTo(3);
        assertThat(chromium.evaluate("operationsPage.charts.get('hit-rate').plot.data.slice(1)"
                + ".flat().filter(y => y !== null).length").getNumberValue().intValue()).isPositive();
        assertThat(chromium.evaluate("operationsPage.charts.get('statements').plot.data.slice(1)"
                + ".flat().filter(y => y !== null).length").getNumberValue().intValue()).isPositive();

        assertThat(text(chromium, "#health-score")).matches("\\d{1,3}");
        assertThat(text(chromium, "#alerts")).contains("availability", "GET /api/bff/bi/availability/bulk/");
        assertThat(text(chromium, "#indexes")).contains("idx_bff_");

        Map<String, Long> before = entries(json, token);
        assertThat(before).as("answers kept by the traffic").containsEntry("dashboard_analytics", 1L)
                .containsEntry("availability", 1L).containsEntry("auth_context", 1L);
        long entries = before.values().stream().mapToLong(Long::longValue).sum();
        chromium.click("#flush");
        chromium.waitUntil("document.getElementById('confirm').open", Duration.ofSeconds(5));
        chromium.click("#confirm-no");
        chromium.waitUntil("!document.getElementById('confirm').open", Duration.ofSeconds(5));
        assertThat(entries(json, token)).as("a cancelled flush flushes nothing").isEqualTo(before);
        assertThat(text(chromium, "#action-result")).isEmpty();

        chromium.click("#flush");
        chromium.waitUntil("document.getElementById('confirm').open", Duration.ofSeconds(5));
        chromium.click("#confirm-yes");
        chromium.waitUntil("document.getElementById('action-result').textContent.startsWith('Flushed')",
                Duration.ofSeconds(10));

        assertThat(chromium.requests()).as("one confirmed flush, one request")
                .filteredOn(request -> request.startsWith("POST ")).containsExactly("POST " + base + FLUSH);
        assertThat(text(chromium, "#action-result")).isEqualTo("Flushed " + entries + " entries (all).");
        assertThat(entries(json, token)).as("the kept answers are gone (the status read itself checks its caller again)")
                .containsEntry("dashboard_analytics", 0L).containsEntry("availability", 0L)
                .containsEntry("auth_context", 0L);
        assertThat(server.get(DASHBOARD, TestTokens.accessToken(ANALYTICS_OWNER)).header("X-Cache"))
                .isEqualTo("MISS");

        chromium.click("#warmup");
        chromium.waitUntil("document.getElementById('confirm').open", Duration.ofSeconds(5));
        chromium.click("#confirm-yes");
        chromium.waitUntil("document.getElementById('action-result').textContent.startsWith('Warmed')",
                Duration.ofSeconds(10));
        assertThat(text(chromium, "#action-result")).matches("Warmed [1-9]\\d* entries\\.");
        assertThat(entries(json, token).get("availability")).as("the active clubs' today and tomorrow, none before")
                .isPositive();

        assertThat(chromium.evaluate("localStorage.length").getNumberValue().intValue()).isZero();
        assertThat(chromium.evaluate("sessionStorage.getItem('bff-operations-token')").getStringValue())
                .isEqualTo(token);
        assertThat(chromium.requests()).allSatisfy(request -> assertThat(request).matches("(GET|POST) \\Q" + base
                + "\\E/.*").doesNotContain(token));
        assertThat(chromium.problems()).as("console errors, exceptions, CSP violations besides the non-staff 403")
                .filteredOn(problem -> !problem.contains("403 (Forbidden) (" + base + "/api/management/bff/"))
                .isEmpty();

        chromium.waitUntil("operationsPage.history.length >= 3", TWO_POLLS);
    }

    private static String text(HeadlessChromium chromium, String selector) {
        return chromium.evaluate("document.querySelector('" + selector + "').textContent.trim()").getStringValue();
    }

    /** The entries kept in this process per cache type, as the cache status counts them. */
    private static Map<String, Long> entries(JsonMapper json, String token) throws Exception {
        JsonNode status = json.readValue(server.body(server.get(STATUS, token)), JsonNode.class);
        Map<String, Long> entries = new TreeMap<>();
        for (JsonNode type : status.get("types").values()) {
            entries.put(type.get("type").getStringValue(), type.get("l1_entries").getNumberValue().longValue());
        }
        return entries;
    }
}
