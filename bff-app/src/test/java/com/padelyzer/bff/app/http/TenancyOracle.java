package com.padelyzer.bff.app.http;

import com.padelyzer.bff.app.http.TenancyWorld.Club;
import com.padelyzer.bff.app.http.TenancyWorld.ClubMembership;
import com.padelyzer.bff.app.http.TenancyWorld.OrgMembership;
import com.padelyzer.bff.app.http.TenancyWorld.User;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@link TenancyWorld} caller may see: the organizations and ids an answer may mention, and where an answer
 * names another organization. Every id of the world names its organization ({@link TenancyWorld#id}), and so does
 * every name ({@code Org 3}, {@code Club 3.1}, {@code club-3-1}, {@code Court 3.1.2}, {@code City 3},
 * {@code org3.mx}), so a trace of another tenant is found in the raw text of a body, wherever it sits.
 */
final class TenancyOracle {

    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern ORG_NAMED = Pattern.compile(
            "Org (\\d+)|org(\\d+)\\.mx|City (\\d+)|Club (\\d+)\\.|club-(\\d+)-|Court (\\d+)\\.");

    private final TenancyWorld world;

    TenancyOracle(TenancyWorld world) {
        this.world = world;
    }

    /** What one answer may mention: these ids and the names of these organizations. */
    record Allowed(Set<String> ids, Set<Integer> orgs) {
        static Allowed nothing() {
            return new Allowed(Set.of(), Set.of());
        }
    }

    Allowed club(Club club) {
        Set<String> ids = new TreeSet<>(Set.of(club.id()));
        world.courts.stream().filter(c -> c.club().equals(club)).forEach(c -> ids.add(c.id()));
        return new Allowed(ids, Set.of(club.org()));
    }

    /** The auth context: the user's active organizations, their active clubs and those clubs' organizations. */
    Allowed context(User user) {
        Set<String> ids = new TreeSet<>();
        Set<Integer> orgs = new TreeSet<>();
        for (OrgMembership m : user.activeOrgs()) {
            ids.add(m.org().id());
            orgs.add(m.org().number());
        }
        for (ClubMembership m : user.activeClubs()) {
            ids.add(m.club().id());
            ids.add(m.club().orgId());
            orgs.add(m.club().org());
        }
        return new Allowed(ids, orgs);
    }

    /** The current organization alone, with its active clubs (the BFF's user-clubs). */
    Allowed currentOrganization(User user) {
        Optional<OrgMembership> current = user.current();
        if (current.isEmpty()) {
            return Allowed.nothing();
        }
        Set<String> ids = new TreeSet<>(Set.of(current.get().org().id()));
        organizationClubs(user).forEach(club -> ids.add(club.id()));
        return new Allowed(ids, Set.of(current.get().org().number()));
    }

    List<Club> organizationClubs(User user) {
        return user.current().map(m -> world.clubs.stream()
                .filter(c -> c.active() && c.orgId().equals(m.org().id())).toList()).orElse(List.of());
    }

    /** Ids and organization names in {@code body} that {@code allowed} does not cover; empty when clean. */
    static List<String> tracesOfOthers(String body, Allowed allowed) {
        List<String> traces = new ArrayList<>();
        Matcher ids = UUID.matcher(body);
        while (ids.find()) {
            if (!allowed.ids().contains(ids.group())) {
                traces.add(ids.group());
            }
        }
        Matcher names = ORG_NAMED.matcher(body);
        while (names.find()) {
            for (int g = 1; g <= names.groupCount(); g++) {
                if (names.group(g) != null && !allowed.orgs().contains(Integer.parseInt(names.group(g)))) {
                    traces.add(names.group());
                }
            }
        }
        return traces;
    }

    /** The permissions as the main system computes them (SPEC §5.2), in its order, without duplicates. */
    static List<String> permissions(User user) {
        Set<String> permissions = new LinkedHashSet<>();
        if (user.superuser()) {
            permissions.add("superuser");
        }
        if (user.staff()) {
            permissions.add("staff");
        }
        user.current().ifPresent(m -> {
            permissions.add("organization:member");
            permissions.add("organization:" + m.role());
        });
        for (ClubMembership m : user.activeClubs()) {
            permissions.add("club:" + m.club().id() + ":member");
            permissions.add("club:" + m.club().id() + ":" + m.role());
        }
        return List.copyOf(permissions);
    }
}
