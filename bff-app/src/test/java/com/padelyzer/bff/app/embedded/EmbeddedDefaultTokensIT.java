package com.padelyzer.bff.app.embedded;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the embedded default prints is what it accepts: the banner's tokens, pasted as a user would, open what each
 * demo user may see (the staff user a management endpoint, the member the auth context and the availability, the
 * owner the analytics), are refused where that user may not go, and live as long as the banner says. The process
 * runs with BFF_JWKS_URL set (a key set this test serves on loopback), so JWKS mode is checked as it is switched on.
 */
class EmbeddedDefaultTokensIT {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(3);
    private static final Pattern TOKEN_LINE = Pattern.compile("^\\s+(.+?) user\\s+\\((\\S+)\\): (\\S+)$");
    private static final Pattern LIFETIME = Pattern.compile("valid (\\d+) h\\)");
    private static final Pattern CURL_LINE =
            Pattern.compile("^\\s+curl -s -H 'Authorization: Bearer (\\S+)' '(\\S+)'$");

    private static final RSAKey MAIN_SYSTEM_KEY = rsaKey();
    private static EmbeddedDefaultProcess server;
    private static HttpServer keySet;
    private static List<String> banner;
    private static Instant startedAt;
    private static final Map<String, String> TOKENS = new HashMap<>();
    private static final Map<String, String> EMAILS = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void the_embedded_default_prints_its_banner() throws Exception {
        startedAt = Instant.now();
        keySet = servedKeySet(new JWKSet(MAIN_SYSTEM_KEY.toPublicJWK()));
        server = EmbeddedDefaultProcess.start(Map.of("BFF_JWKS_URL",
                "http://127.0.0.1:" + keySet.getAddress().getPort() + "/jwks.json"));
        banner = server.awaitBanner(STARTUP_LIMIT);
        for (String line : banner) {
            Matcher token = TOKEN_LINE.matcher(line);
            if (token.matches()) {
                TOKENS.put(token.group(1), token.group(3));
                EMAILS.put(token.group(1), token.group(2));
            }
        }
        assertThat(TOKENS).as("tokens in the banner %s", banner)
                .containsOnlyKeys("staff", "club owner", "org admin", "club member");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
        if (keySet != null) {
            keySet.stop(0);
        }
    }

    private static HttpServer servedKeySet(JWKSet keys) throws IOException {
        byte[] body = keys.toString().getBytes(StandardCharsets.UTF_8);
        HttpServer served = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        served.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        served.start();
        return served;
    }

    private static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("main-system").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String uri, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri.startsWith("http") ? uri : server.url() + uri))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** From the banner's line "Demo data: embedded PostgreSQL (...), loaded for today DATE; demo club ID". */
    private static String demoData(String pattern) {
        Matcher found = Pattern.compile(pattern).matcher(banner.stream()
                .filter(line -> line.startsWith("Demo data:")).findFirst().orElseThrow());
        assertThat(found.find()).as(pattern).isTrue();
        return found.group(1);
    }

    private static String demoClub() {
        return demoData("demo club (\\S+)");
    }

    private static String today() {
        return demoData("loaded for today (\\S+);");
    }

    @Test
    void the_staff_token_opens_the_management_endpoints() throws Exception {
        assertThat(get("/api/management/bff/cache/status/", TOKENS.get("staff")).statusCode()).isEqualTo(200);
        assertThat(get("/api/management/bff/performance/", TOKENS.get("staff")).statusCode()).isEqualTo(200);
    }

    @Test
    void each_token_is_its_users_auth_context_and_only_staff_reach_management() throws Exception {
        for (String user : TOKENS.keySet()) {
            HttpResponse<String> context = get("/api/bff/auth/context/", TOKENS.get(user));
            assertThat(context.statusCode()).as(user).isEqualTo(200);
            Map<String, Object> body = JSONObjectUtils.parse(context.body());
            assertThat(JSONObjectUtils.getJSONObject(body, "user").get("email")).as(user).isEqualTo(EMAILS.get(user));
        }
        for (String user : List.of("club owner", "org admin", "club member")) {
            assertThat(get("/api/management/bff/cache/status/", TOKENS.get(user)).statusCode()).as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void the_member_reads_the_demo_clubs_availability_but_not_its_analytics_which_the_owner_reads() throws Exception {
        String analytics = "/api/bff/bi/analytics/club/?club=" + demoClub();
        assertThat(get(analytics, TOKENS.get("club owner")).statusCode()).isEqualTo(200);
        assertThat(get(analytics, TOKENS.get("club member")).statusCode()).isEqualTo(404);
        assertThat(get("/api/bff/bi/availability/bulk/?club=" + demoClub() + "&date=" + today(),
                TOKENS.get("club member")).statusCode()).isEqualTo(200);
    }

    @Test
    void every_curl_line_of_the_banner_answers_200_with_json() throws Exception {
        int curls = 0;
        for (String line : banner) {
            Matcher curl = CURL_LINE.matcher(line);
            if (curl.matches()) {
                curls++;
                HttpResponse<String> response = get(curl.group(2), curl.group(1));
                assertThat(response.statusCode()).as(line).isEqualTo(200);
                assertThat(JSONObjectUtils.parse(response.body())).as(line).isNotEmpty();
            }
        }
        assertThat(curls).isEqualTo(3);
    }

    @Test
    void the_tokens_are_hs256_access_tokens_that_expire_when_the_banner_says() throws Exception {
        String lifetime = banner.stream().map(LIFETIME::matcher).filter(Matcher::find).findFirst().orElseThrow()
                .group(1);
        Duration documented = Duration.ofHours(Long.parseLong(lifetime));
        for (Map.Entry<String, String> token : TOKENS.entrySet()) {
            SignedJWT jwt = SignedJWT.parse(token.getValue());
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
            assertThat(claims.getStringClaim("token_type")).isEqualTo("access");
            assertThat(claims.getClaim("user_id")).isInstanceOf(Long.class);
            assertThat(claims.getJWTID()).isNotBlank();
            Instant issued = claims.getIssueTime().toInstant();
            assertThat(issued).as(token.getKey()).isBetween(startedAt.minusSeconds(1), Instant.now());
            assertThat(Duration.between(issued, claims.getExpirationTime().toInstant())).as(token.getKey())
                    .isEqualTo(documented);
        }
    }

    /** Application activates application-jwks.yml when BFF_JWKS_URL is set; the printed HS256 tokens still work. */
    @Test
    void with_bff_jwks_url_set_an_rs256_token_of_that_key_set_opens_the_api_too() throws Exception {
        Map<String, Object> me = JSONObjectUtils.parse(get("/api/bff/auth/context/", TOKENS.get("staff")).body());
        long staff = Long.parseLong((String) JSONObjectUtils.getJSONObject(me, "user").get("id"));
        Instant now = Instant.now();
        SignedJWT rs256 = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(MAIN_SYSTEM_KEY.getKeyID())
                .build(), new JWTClaimsSet.Builder().claim("token_type", "access").claim("user_id", staff)
                .jwtID(UUID.randomUUID().toString()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5)))).build());
        rs256.sign(new RSASSASigner(MAIN_SYSTEM_KEY));

        assertThat(get("/api/management/bff/cache/status/", rs256.serialize()).statusCode()).isEqualTo(200);
        assertThat(get("/api/bff/auth/context/", rs256.serialize()).body()).contains(EMAILS.get("staff"));
    }

    @Test
    void a_printed_token_whose_expiry_is_pushed_back_is_refused() throws Exception {
        String[] parts = TOKENS.get("staff").split("\\.");
        Map<String, Object> claims = JSONObjectUtils.parse(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        claims.put("exp", ((Number) claims.get("exp")).longValue() + Duration.ofDays(365).toSeconds());
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                JSONObjectUtils.toJSONString(claims).getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(get("/api/management/bff/cache/status/", tampered).statusCode()).isEqualTo(401);
    }
}
