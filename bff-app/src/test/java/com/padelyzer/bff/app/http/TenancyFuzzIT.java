package com.padelyzer.bff.app.http;

import com.padelyzer.bff.adapter.persistence.testsupport.TestDatabase;
import com.padelyzer.bff.app.http.TenancyOracle.Allowed;
import com.padelyzer.bff.app.http.TenancyWorld.Club;
import com.padelyzer.bff.app.http.TenancyWorld.Court;
import com.padelyzer.bff.app.http.TenancyWorld.User;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenancy under random requests (issue 12, point 3): a {@link TenancyWorld} of several organizations in a database of
 * its own, a server on it that caches answers and caller checks, and {@code fuzz.cases} random (user, club,
 * endpoint, parameters) requests over the three reads and the legacy single calls. Users are drawn at random and a
 * target is often asked again at once by another user, so entries cached for one caller are candidates for the
 * next. Every answer is checked against the model: a 404 exactly where the model refuses (with SPEC's body), a 200
 * where it allows, and no id or name of an organization the caller may not read in any 200.
 *
 * <p>Replay or widen: {@code -Dfuzz.seed=<seed printed below> -Dfuzz.cases=20000}.
 */
class TenancyFuzzIT {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_201L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 3_000);
    private static final String CLUB_NOT_FOUND = "{\"error\":\"Club not found or access denied\",\"code\":\"not_found\"}";
    private static final String COURT_NOT_FOUND = "{\"error\":\"Court not found or access denied\",\"code\":\"not_found\"}";
    private static final String[] PERIODS = {"week", "month", "quarter", "year"};
    private static final String[] MALFORMED_CLUBS = {"not-a-uuid", "42", "' OR '1'='1", "00000000-0000-0000-0000-000000000000"};

    private enum Endpoint { ANALYTICS_GET, ANALYTICS_POST, AVAILABILITY, CONTEXT, ORGANIZATION_CLUBS, USER,
        CURRENT_ORGANIZATION, USER_CLUBS, PERMISSIONS, SLOT_CHECK }

    /** One request: who asks which endpoint about which club or court, and the expected status. */
    private record Case(User user, Endpoint endpoint, Club club, String clubText, Court court, String uri,
                        String body, int expected) {
    }

    private final TenancyWorld world = TenancyWorld.generate(SEED);
    private final TenancyOracle oracle = new TenancyOracle(world);
    private final Random random = new Random(SEED * 31 + 7);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<Long, String> tokens = new HashMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int serverErrors;
    private int crossTenant;
    private int wrong404s;
    private int wrongAnswers;
    private JsonMapper json;

    @Test
    void no_answer_carries_another_organizations_data_and_every_404_is_the_models() {
        TestDatabase database = TestDatabase.createEmpty();
        database.migrate();
        TenancyWorldSql.write(world, database);
        BffServer server = BffServer.startOn(database, Map.of("bff.cache.responses", true));
        json = server.embeddedServer().getApplicationContext().getBean(JsonMapper.class);
        world.users.forEach(user -> tokens.put(user.id(), TestTokens.accessToken(user.id())));
        String base = server.embeddedServer().getURL().toString();
        long started = System.nanoTime();
        try {
            Case previous = null;
            for (int i = 0; i < CASES; i++) {
                User user = world.users.get(random.nextInt(world.users.size()));
                Case next = previous != null && random.nextInt(2) == 0 ? again(previous, user) : randomCase(user);
                check(next, send(base, next));
                previous = next;
            }
        } finally {
            server.stop();
        }
        System.out.printf("TenancyFuzzIT seed=%d (replay: -Dfuzz.seed=%d -Dfuzz.cases=%d): %d organizations, %d "
                        + "clubs, %d users; %d cases in %d ms, statuses %s; 5xx %d, cross-tenant answers %d, "
                        + "wrong 404s %d, other wrong answers %d%n", SEED, SEED, CASES, world.orgs.size(),
                world.clubs.size(), world.users.size(), CASES, (System.nanoTime() - started) / 1_000_000, statuses,
                serverErrors, crossTenant, wrong404s, wrongAnswers);
        assertThat(failures).as("seed " + SEED).isEmpty();
        assertThat(statuses.getOrDefault(200, 0)).as("allowed callers get answers").isGreaterThan(CASES / 3);
        assertThat(statuses.getOrDefault(404, 0)).as("refused callers are asked too").isGreaterThan(CASES / 10);
    }

    private Case randomCase(User user) {
        Endpoint endpoint = Endpoint.values()[random.nextInt(Endpoint.values().length)];
        if (endpoint == Endpoint.SLOT_CHECK) {
            Court court = random.nextInt(6) == 0 ? null : world.courts.get(random.nextInt(world.courts.size()));
            return slotCheck(user, court);
        }
        if (endpoint.ordinal() > Endpoint.AVAILABILITY.ordinal()) {
            return callerRead(user, endpoint);
        }
        List<Club> allowed = world.clubs.stream().filter(c -> world.mayReadAvailability(user, c)).toList();
        int draw = random.nextInt(20);
        Club club = draw < 8 && !allowed.isEmpty() ? allowed.get(random.nextInt(allowed.size()))
                : draw < 17 ? world.clubs.get(random.nextInt(world.clubs.size())) : null;
        String clubText = club != null ? club.id()
                : draw == 17 ? UUID.randomUUID().toString() : MALFORMED_CLUBS[random.nextInt(MALFORMED_CLUBS.length)];
        return clubRead(user, endpoint, club, clubText);
    }

    /** The previous case's target, asked by another user (a cached entry of one caller is a candidate here). */
    private Case again(Case previous, User user) {
        return switch (previous.endpoint()) {
            case SLOT_CHECK -> slotCheck(user, previous.court());
            case ANALYTICS_GET, ANALYTICS_POST, AVAILABILITY ->
                    clubRead(user, previous.endpoint(), previous.club(), previous.clubText());
            default -> callerRead(user, previous.endpoint());
        };
    }

    private Case clubRead(User user, Endpoint endpoint, Club club, String clubText) {
        boolean availability = endpoint == Endpoint.AVAILABILITY;
        boolean allowed = club != null && (availability ? world.mayReadAvailability(user, club)
                : world.mayReadAnalytics(user, club));
        int expected = !user.active() ? 401 : allowed ? 200 : 404;
        String encoded = URLEncoder.encode(clubText, StandardCharsets.UTF_8);
        if (availability) {
            StringBuilder uri = new StringBuilder("/api/bff/bi/availability/bulk/?club=").append(encoded)
                    .append("&date=").append(TenancyWorld.TODAY.plusDays(random.nextInt(4) - 1L));
            int listed = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : 0;
            boolean bracketed = random.nextBoolean();
            for (int i = 0; i < listed; i++) {
                String court = world.courts.get(random.nextInt(world.courts.size())).id();
                uri.append(bracketed ? "&courts%5B%5D=" : i == 0 ? "&courts=" : ",").append(court);
            }
            if (random.nextBoolean()) {
                uri.append("&slot_minutes=").append(new int[] {30, 60, 90, 120}[random.nextInt(4)]);
            }
            return new Case(user, endpoint, club, clubText, null, uri.toString(), null, expected);
        }
        int period = random.nextInt(PERIODS.length);
        boolean occupancy = random.nextInt(4) > 0;
        boolean revenue = random.nextBoolean();
        if (endpoint == Endpoint.ANALYTICS_GET) {
            String uri = "/api/bff/bi/analytics/club/?club=" + encoded + "&period=" + PERIODS[period]
                    + "&include_occupancy=" + occupancy + "&include_revenue=" + revenue;
            return new Case(user, endpoint, club, clubText, null, uri, null, expected);
        }
        String clubJson = clubText.equals("42") ? "42" : "\"" + clubText + "\"";
        String body = "{\"club\": " + clubJson + ", \"period\": \"" + PERIODS[period] + "\", \"include_occupancy\": "
                + occupancy + ", \"include_revenue\": " + revenue + "}";
        return new Case(user, endpoint, club, clubText, null, "/api/bff/bi/analytics/club/", body, expected);
    }

    private Case callerRead(User user, Endpoint endpoint) {
        String uri = switch (endpoint) {
            case CONTEXT -> "/api/bff/auth/context/";
            case ORGANIZATION_CLUBS -> "/api/bff/auth/user-clubs/";
            case USER -> "/api/auth/user/";
            case CURRENT_ORGANIZATION -> "/api/root/organization/";
            case USER_CLUBS -> "/api/clubs/user-clubs/";
            default -> "/api/auth/permissions/";
        };
        int expected = !user.active() ? 401
                : endpoint == Endpoint.CURRENT_ORGANIZATION && user.current().isEmpty() ? 404 : 200;
        return new Case(user, endpoint, null, null, null, uri, null, expected);
    }

    private Case slotCheck(User user, Court court) {
        String courtId = court == null ? UUID.randomUUID().toString() : court.id();
        int start = 8 + random.nextInt(12);
        String body = "{\"court\": \"" + courtId + "\", \"date\": \"" + TenancyWorld.TODAY.plusDays(random.nextInt(3))
                + "\", \"start_time\": \"" + String.format("%02d:00", start) + "\", \"end_time\": \""
                + String.format("%02d:00", start + 1) + "\"}";
        boolean allowed = court != null && world.mayReadAvailability(user, court.club());
        return new Case(user, Endpoint.SLOT_CHECK, court == null ? null : court.club(), null, court,
                "/api/reservations/check_availability/", body, !user.active() ? 401 : allowed ? 200 : 404);
    }

    private HttpResponse<String> send(String base, Case c) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + c.uri()))
                .header("Authorization", "Bearer " + tokens.get(c.user().id()));
        if (c.body() != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(c.body()));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void check(Case c, HttpResponse<String> response) {
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String body = response.body();
        if (status >= 500) {
            serverErrors++;
            fail(c, status, body, "5xx");
            return;
        }
        if (status != c.expected()) {
            if (status == 404 || c.expected() == 404) {
                wrong404s++;
            } else {
                wrongAnswers++;
            }
            fail(c, status, body, "expected " + c.expected());
            return;
        }
        if (status == 404) {
            String expected = c.endpoint() == Endpoint.SLOT_CHECK ? COURT_NOT_FOUND
                    : c.endpoint() == Endpoint.CURRENT_ORGANIZATION ? body : CLUB_NOT_FOUND;
            if (!body.equals(expected)) {
                wrongAnswers++;
                fail(c, status, body, "not SPEC's 404 body");
            }
            return;
        }
        if (status == 200) {
            List<String> traces = TenancyOracle.tracesOfOthers(body, allowedFor(c));
            if (!traces.isEmpty()) {
                crossTenant++;
                fail(c, status, body, "traces of other organizations " + traces);
                return;
            }
            String mismatch = TenancyAnswers.mismatch(world, oracle, c.endpoint().name(), c.user(), c.club(),
                    c.uri(), c.body(), read(body));
            if (mismatch != null) {
                wrongAnswers++;
                fail(c, status, body, mismatch);
            }
        }
    }

    private Allowed allowedFor(Case c) {
        return switch (c.endpoint()) {
            case ANALYTICS_GET, ANALYTICS_POST, AVAILABILITY -> oracle.club(c.club());
            case CONTEXT, USER_CLUBS, PERMISSIONS -> oracle.context(c.user());
            case ORGANIZATION_CLUBS, CURRENT_ORGANIZATION -> oracle.currentOrganization(c.user());
            case USER, SLOT_CHECK -> Allowed.nothing();
        };
    }

    private JsonNode read(String body) {
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fail(Case c, int status, String body, String why) {
        if (failures.size() < 20) {
            failures.add(why + ": user " + c.user().id() + " " + c.endpoint() + " " + c.uri()
                    + (c.body() == null ? "" : " " + c.body()) + " -> " + status + " "
                    + body.substring(0, Math.min(300, body.length())));
        }
    }
}
