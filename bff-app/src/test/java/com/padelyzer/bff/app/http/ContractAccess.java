package com.padelyzer.bff.app.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;

import java.util.Set;
import java.util.TreeSet;

/**
 * The end-to-end server, its fixture users and tokens, opened to the contract tests of another package. Adds no
 * behaviour: every call goes to {@link BffServer}, {@link Fixture} and {@link TestTokens}.
 */
public final class ContractAccess {

    public static final String ANALYTICS_CLUB = Fixture.ANALYTICS_CLUB;
    public static final String AVAILABILITY_CLUB = Fixture.AVAILABILITY_CLUB;
    public static final String COURT_AV_A = Fixture.COURT_AV_A;
    public static final String AVAILABILITY_DAY = "2026-03-18";
    public static final long ANALYTICS_OWNER = Fixture.ANALYTICS_OWNER;
    public static final long ORG_A_ADMIN = Fixture.ORG_A_ADMIN;
    public static final long AVAILABILITY_MEMBER = Fixture.AVAILABILITY_MEMBER;
    public static final long SUPERUSER = Fixture.SUPERUSER;

    private ContractAccess() {
    }

    public static String tokenFor(long user) {
        return TestTokens.accessToken(user);
    }

    /** Any status, never throwing; no {@code Authorization} header when {@code token} is null. */
    public static HttpResponse<String> get(String uri, @Nullable String token) {
        MutableHttpRequest<?> request = HttpRequest.GET(uri);
        return BffServer.get().exchange(token == null ? request : request.bearerAuth(token));
    }

    public static HttpResponse<String> post(String uri, String token, Object body) {
        return BffServer.get().exchange(HttpRequest.POST(uri, body).bearerAuth(token));
    }

    public static String body(HttpResponse<String> response) {
        return BffServer.get().body(response);
    }

    /** What the running server routes, as {@code "GET /api/bff/auth/context/"}. */
    public static Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        embeddedServer().getApplicationContext().getBean(Router.class).uriRoutes().forEach(route ->
                routes.add(route.getHttpMethod() + " " + route.getUriMatchTemplate().toPathString()));
        return routes;
    }

    private static EmbeddedServer embeddedServer() {
        return BffServer.get().embeddedServer();
    }
}
