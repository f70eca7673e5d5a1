package com.padelyzer.bff.app.contract;

import com.padelyzer.bff.app.http.ContractAccess;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.padelyzer.bff.app.contract.SchemaConformance.map;
import static com.padelyzer.bff.app.http.ContractAccess.ANALYTICS_CLUB;
import static com.padelyzer.bff.app.http.ContractAccess.ANALYTICS_OWNER;
import static com.padelyzer.bff.app.http.ContractAccess.AVAILABILITY_CLUB;
import static com.padelyzer.bff.app.http.ContractAccess.AVAILABILITY_DAY;
import static com.padelyzer.bff.app.http.ContractAccess.AVAILABILITY_MEMBER;
import static com.padelyzer.bff.app.http.ContractAccess.COURT_AV_A;
import static com.padelyzer.bff.app.http.ContractAccess.ORG_A_ADMIN;
import static com.padelyzer.bff.app.http.ContractAccess.SUPERUSER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated OpenAPI document, as the running server serves it, against what the server answers: every
 * endpoint of SPEC §5 called live by a fixture user allowed to read it, each body checked field by field against
 * the operation's documented 200 schema, and the document's paths against the server's routes.
 */
class OpenApiContractIT {

    private static final Pattern DOCUMENT_URL = Pattern.compile("/swagger/([^'\"]+\\.yml)");

    private static Map<String, Object> document;
    private static SchemaConformance conformance;

    /** One live call: the method and the server's path, the query string, the caller and a JSON body for POST. */
    record Call(String method, String path, String query, long user, Map<String, Object> body) {
        @Override
        public String toString() {
            return method + " " + path + query + " as user " + user;
        }
    }

    static List<Call> calls() {
        String analytics = "/api/bff/bi/analytics/club/";
        String availability = "?club=" + AVAILABILITY_CLUB + "&date=" + AVAILABILITY_DAY;
        String check = "/api/reservations/check_availability/";
        return List.of(
                new Call("GET", analytics, "?club=" + ANALYTICS_CLUB, ANALYTICS_OWNER, null),
                new Call("GET", analytics, "?club=" + ANALYTICS_CLUB + "&compare_previous=false&include_revenue=false",
                        ANALYTICS_OWNER, null),
                new Call("POST", analytics, "", ANALYTICS_OWNER, Map.of("club", ANALYTICS_CLUB, "period", "week")),
                new Call("GET", "/api/bff/auth/context/", "", ORG_A_ADMIN, null),
                new Call("GET", "/api/bff/auth/context/", "", AVAILABILITY_MEMBER, null),
                new Call("GET", "/api/bff/auth/context/", "", SUPERUSER, null),
                new Call("GET", "/api/bff/auth/user-clubs/", "", ORG_A_ADMIN, null),
                new Call("GET", "/api/bff/auth/user-clubs/", "", SUPERUSER, null),
                new Call("POST", "/api/bff/auth/cache/invalidate/", "", ORG_A_ADMIN, Map.of()),
                new Call("GET", "/api/bff/bi/availability/bulk/", availability, AVAILABILITY_MEMBER, null),
                new Call("GET", "/api/bff/bi/availability/bulk/", availability + "&courts[]=" + COURT_AV_A
                        + "&slot_minutes=90", AVAILABILITY_MEMBER, null),
                new Call("GET", "/api/auth/user/", "", ORG_A_ADMIN, null),
                new Call("GET", "/api/root/organization/", "", ORG_A_ADMIN, null),
                new Call("GET", "/api/clubs/user-clubs/", "", ORG_A_ADMIN, null),
                new Call("GET", "/api/auth/permissions/", "", ORG_A_ADMIN, null),
                new Call("GET", "/api/management/bff/database/indexes/", "", SUPERUSER, null),
                new Call("GET", "/api/management/bff/metrics/", "", SUPERUSER, null),
                new Call("POST", "/api/management/bff/cache/warmup/", "", SUPERUSER,
                        Map.of("club_ids", List.of(AVAILABILITY_CLUB), "dates", List.of(AVAILABILITY_DAY))),
                new Call("POST", "/api/management/bff/cache/flush/", "", SUPERUSER,
                        Map.of("type", "availability", "club_id", AVAILABILITY_CLUB)),
                new Call("GET", "/api/management/bff/cache/status/", "", SUPERUSER, null),
                new Call("GET", "/api/management/bff/performance/", "", SUPERUSER, null),
                new Call("POST", check, "", AVAILABILITY_MEMBER, Map.of("court", COURT_AV_A, "date", AVAILABILITY_DAY,
                        "start_time", "18:00", "end_time", "19:00")),
                new Call("POST", check, "", AVAILABILITY_MEMBER, Map.of("court", COURT_AV_A, "date", AVAILABILITY_DAY,
                        "start_time", "16:00", "end_time", "17:00")));
    }

    @BeforeAll
    static void load_the_served_document() {
        HttpResponse<String> ui = ContractAccess.get("/swagger-ui/index.html", null);
        Matcher url = DOCUMENT_URL.matcher(ContractAccess.body(ui));
        assertThat(url.find()).as("the Swagger UI names the document").isTrue();
        HttpResponse<String> yaml = ContractAccess.get("/swagger/" + url.group(1), null);
        assertThat(yaml.code()).isEqualTo(200);
        document = new Yaml().load(ContractAccess.body(yaml));
        conformance = new SchemaConformance(document);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void every_answer_matches_its_documented_200_schema(Call call) {
        String token = ContractAccess.tokenFor(call.user());
        HttpResponse<String> response = call.method().equals("GET")
                ? ContractAccess.get(call.path() + call.query(), token)
                : ContractAccess.post(call.path(), token, call.body());
        String body = ContractAccess.body(response);
        assertThat(response.code()).as(body).isEqualTo(200);
        Map<String, Object> documented = responseContent(call.method(), call.path(), "200");
        if (!documented.containsKey("application/json")) {   // the Prometheus scrape: text, not JSON
            assertThat(documented).containsKey(response.header("Content-Type"));
            return;
        }

        Object json = new Yaml().load(body);
        assertThat(conformance.violations(json, responseSchema(call.method(), call.path(), "200")))
                .as("undocumented or mistyped fields in " + body).isEmpty();
    }

    @Test
    void the_document_lists_exactly_the_operations_the_server_routes_under_api() {
        Set<String> routed = ContractAccess.routes().stream()
                .filter(route -> route.contains(" /api/"))
                .filter(route -> !route.startsWith("HEAD "))     // Micronaut adds a HEAD route to every GET
                .map(OpenApiContractIT::withoutTrailingSlash)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(documentedOperations()).isEqualTo(routed);
    }

    @Test
    void every_documented_operation_is_checked_live_above() {
        Set<String> called = calls().stream().map(call -> withoutTrailingSlash(call.method() + " " + call.path()))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(called).isEqualTo(documentedOperations());
    }

    @Test
    void every_operation_documents_401_with_the_error_shape_and_a_real_401_matches_it() {
        for (String operation : documentedOperations()) {
            String[] parts = operation.split(" ");
            assertThat(responseSchema(parts[0], parts[1], "401").get("$ref")).as(operation)
                    .isEqualTo("#/components/schemas/ApiError");
        }
        HttpResponse<String> response = ContractAccess.get("/api/bff/auth/context/", null);
        assertThat(response.code()).isEqualTo(401);
        assertThat(conformance.violations(new Yaml().load(ContractAccess.body(response)),
                responseSchema("GET", "/api/bff/auth/context/", "401"))).isEmpty();
    }

    @Test
    void a_404_body_matches_the_documented_error_shape() {
        String unknownClub = "/api/bff/bi/analytics/club/?club=00000000-0000-4000-8000-000000000000";
        HttpResponse<String> response = ContractAccess.get(unknownClub,
                ContractAccess.tokenFor(ANALYTICS_OWNER));
        assertThat(response.code()).isEqualTo(404);
        assertThat(conformance.violations(new Yaml().load(ContractAccess.body(response)),
                responseSchema("GET", "/api/bff/bi/analytics/club/", "404"))).isEmpty();
    }

    private static Set<String> documentedOperations() {
        Set<String> operations = new TreeSet<>();
        map(document.get("paths")).forEach((path, item) -> map(item).keySet()
                .forEach(method -> operations.add(method.toUpperCase() + " " + path)));
        return operations;
    }

    private static Map<String, Object> responseSchema(String method, String path, String status) {
        return map(map(responseContent(method, path, status).get("application/json")).get("schema"));
    }

    private static Map<String, Object> responseContent(String method, String path, String status) {
        Map<String, Object> item = map(map(document.get("paths")).get(withoutTrailingSlash(path)));
        Map<String, Object> operation = map(item.get(method.toLowerCase()));
        Map<String, Object> response = map(map(operation.get("responses")).get(status));
        return map(response.get("content"));
    }

    @Test
    void a_documented_path_without_its_trailing_slash_is_served_too() {
        HttpResponse<String> response = ContractAccess.get("/api/auth/user", ContractAccess.tokenFor(ORG_A_ADMIN));

        assertThat(response.code()).as(ContractAccess.body(response)).isEqualTo(200);
    }

    /** micronaut-openapi writes {@code /api/x/} as {@code /api/x}; the server answers both. */
    private static String withoutTrailingSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
