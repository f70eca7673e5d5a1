package com.padelyzer.bff.app.http;

import com.padelyzer.bff.app.http.TenancyWorld.Club;
import com.padelyzer.bff.app.http.TenancyWorld.ClubMembership;
import com.padelyzer.bff.app.http.TenancyWorld.Court;
import com.padelyzer.bff.app.http.TenancyWorld.OrgMembership;
import com.padelyzer.bff.app.http.TenancyWorld.User;
import io.micronaut.json.tree.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content of a 200 for a {@link TenancyWorld} caller, as the model says it must be: which club, which courts,
 * which organizations and clubs, which permissions, how many counted reservations. {@link #mismatch} names the
 * first difference, or is {@code null}.
 */
final class TenancyAnswers {

    private static final Map<String, Integer> PERIOD_DAYS = Map.of("week", 7, "month", 30, "quarter", 90, "year", 365);
    private static final Pattern PERIOD = Pattern.compile("\"?period\"?[=:] ?\"?([a-z]+)");
    private static final Pattern COURT_ID = Pattern.compile("courts(?:%5B%5D)?=([0-9a-f,-]+)");

    private TenancyAnswers() {
    }

    static String mismatch(TenancyWorld world, TenancyOracle oracle, String endpoint, User user, Club club,
                           String uri, String body, JsonNode answer) {
        return switch (endpoint) {
            case "ANALYTICS_GET", "ANALYTICS_POST" -> analytics(world, club, uri + " " + body, answer);
            case "AVAILABILITY" -> availability(world, club, uri, answer);
            case "CONTEXT" -> context(user, answer);
            case "ORGANIZATION_CLUBS" -> differs("clubs of the current organization",
                    ids(oracle.organizationClubs(user).stream().map(Club::id).toList()),
                    ids(answer.get("clubs"), "id"));
            case "USER" -> differs("user id", String.valueOf(user.id()), text(answer.get("id")));
            case "CURRENT_ORGANIZATION" -> differs("current organization",
                    user.current().map(m -> m.org().id()).orElse(null), text(answer.get("id")));
            case "USER_CLUBS" -> differs("user clubs", clubIds(user), list(answer.get("clubs"), "id"));
            case "PERMISSIONS" -> differs("permissions", TenancyOracle.permissions(user),
                    strings(answer.get("permissions")));
            default -> answer.get("is_available") != null && answer.get("is_available").isBoolean() ? null
                    : "no is_available";
        };
    }

    private static String analytics(TenancyWorld world, Club club, String request, JsonNode answer) {
        String wrongClub = differs("club", club.id(), text(answer.get("club").get("id")));
        if (wrongClub != null) {
            return wrongClub;
        }
        JsonNode occupancy = answer.get("occupancy");
        if (occupancy == null) {
            return null;
        }
        Matcher period = PERIOD.matcher(request);
        int days = period.find() ? PERIOD_DAYS.get(period.group(1)) : 30;
        return differs("counted reservations", world.countedReservations(club, days),
                occupancy.get("total_reservations").getLongValue());
    }

    private static String availability(TenancyWorld world, Club club, String uri, JsonNode answer) {
        String wrongClub = differs("club", club.id(), text(answer.get("club").get("id")));
        if (wrongClub != null) {
            return wrongClub;
        }
        Set<String> asked = new TreeSet<>();
        Matcher listed = COURT_ID.matcher(uri);
        while (listed.find()) {
            asked.addAll(List.of(listed.group(1).split(",")));
        }
        Set<String> expected = new TreeSet<>();
        for (Court court : world.bookableCourts(club)) {
            if (asked.isEmpty() || asked.contains(court.id())) {
                expected.add(court.id());
            }
        }
        return differs("courts", expected, ids(answer.get("courts"), "id"));
    }

    private static String context(User user, JsonNode answer) {
        List<String> problems = new ArrayList<>();
        problems.add(differs("user", String.valueOf(user.id()), text(answer.get("user").get("id"))));
        problems.add(differs("organizations", ids(user.activeOrgs().stream().map(m -> m.org().id()).toList()),
                ids(answer.get("organizations"), "id")));
        problems.add(differs("clubs", clubIds(user), list(answer.get("clubs"), "id")));
        JsonNode current = answer.get("current_organization");
        problems.add(differs("current organization", user.current().map(m -> m.org().id()).orElse(null),
                current == null || current.isNull() ? null : text(current.get("id"))));
        problems.add(differs("permissions", TenancyOracle.permissions(user), strings(answer.get("permissions"))));
        problems.add(differs("primary role", user.current().map(OrgMembership::role).orElse(null),
                text(answer.get("context").get("primary_role"))));
        return problems.stream().filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static List<String> clubIds(User user) {
        return user.activeClubs().stream().map(ClubMembership::club).map(Club::id).toList();
    }

    private static String differs(String what, Object expected, Object actual) {
        return Objects.equals(expected, actual) ? null : what + ": expected " + expected + ", got " + actual;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.coerceStringValue();
    }

    private static Set<String> ids(List<String> ids) {
        return new TreeSet<>(ids);
    }

    private static Set<String> ids(JsonNode array, String member) {
        return new TreeSet<>(list(array, member));
    }

    private static List<String> list(JsonNode array, String member) {
        List<String> values = new ArrayList<>();
        array.values().forEach(item -> values.add(text(item.get(member))));
        return values;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(item -> values.add(item.getStringValue()));
        return values;
    }
}
