package com.padelyzer.bff.app.http;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A generated world of several organizations, deterministic from a seed: organizations with clubs (some inactive),
 * courts (some in maintenance or inactive), schedules, users with every kind of membership (one organization,
 * several, club memberships only, org admins, club owners, staff, members, inactive memberships, none), a
 * superuser, a platform staff user, an inactive user, and reservations. Names and ids say whose they are
 * ({@code Org 3}, {@code Club 3.1}, {@code Court 3.1.2}; {@link #id}), so any id or name in an answer can be traced
 * to its organization. The model answers what the server must: who may read which club, and what they see.
 */
final class TenancyWorld {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 18);   // Fixture.NOW in every club's zone
    static final String[] ORG_ROLES = {"org_admin", "root_admin", "billing", "support"};
    static final String[] CLUB_ROLES = {"owner", "admin", "staff", "member"};

    record Org(int number, String id, String name) {
    }

    record Club(int org, int number, String id, String orgId, String name, boolean active, String zone) {
    }

    record Court(String id, Club club, String name, boolean maintenance, boolean active) {
        boolean bookable() {
            return active && !maintenance;
        }
    }

    record OrgMembership(Org org, String role, Instant joinedAt, boolean active) {
    }

    record ClubMembership(Club club, String role, Instant createdAt, boolean active) {
    }

    record User(long id, String email, boolean active, boolean staff, boolean superuser, String currentOrgId,
                List<OrgMembership> orgs, List<ClubMembership> clubs) {

        List<OrgMembership> activeOrgs() {
            return orgs.stream().filter(OrgMembership::active).sorted(Comparator.comparing(OrgMembership::joinedAt))
                    .toList();
        }

        Optional<OrgMembership> current() {
            return activeOrgs().stream().filter(m -> m.org().id().equals(currentOrgId)).findFirst()
                    .or(() -> activeOrgs().stream().findFirst());
        }

        List<ClubMembership> activeClubs() {
            return clubs.stream().filter(m -> m.active() && m.club().active())
                    .sorted(Comparator.comparing(ClubMembership::createdAt)).toList();
        }
    }

    record Reservation(Court court, long createdBy, LocalDate date, int startHour, int hours, String status,
                       boolean active) {
        boolean counted() {
            return active && (status.equals("confirmed") || status.equals("completed"));
        }
    }

    final long seed;
    final List<Org> orgs = new ArrayList<>();
    final List<Club> clubs = new ArrayList<>();
    final List<Court> courts = new ArrayList<>();
    final List<User> users = new ArrayList<>();
    final List<Reservation> reservations = new ArrayList<>();

    private TenancyWorld(long seed) {
        this.seed = seed;
    }

    /** An id that names its kind and owner: kind 1 organization, 2 club, 3 court. */
    static String id(int kind, int org, int club, int court) {
        return String.format("%08x-%04x-4%03x-8%03x-%012x", 0x7e000000 + kind, org, club, court, 0xabc);
    }

    static TenancyWorld generate(long seed) {
        TenancyWorld world = new TenancyWorld(seed);
        Random random = new Random(seed);
        int organizations = 5 + random.nextInt(3);
        for (int o = 1; o <= organizations; o++) {
            Org org = new Org(o, id(1, o, 0, 0), "Org " + o);
            world.orgs.add(org);
            int clubs = 1 + random.nextInt(3);
            for (int c = 1; c <= clubs; c++) {
                boolean active = c == 1 || random.nextInt(5) > 0;
                String zone = new String[] {"America/Mexico_City", null, "Europe/Madrid"}[random.nextInt(3)];
                Club club = new Club(o, c, id(2, o, c, 0), org.id(), "Club " + o + "." + c, active, zone);
                world.clubs.add(club);
                int courts = 1 + random.nextInt(4);
                for (int k = 1; k <= courts; k++) {
                    world.courts.add(new Court(id(3, o, c, k), club, "Court " + o + "." + c + "." + k,
                            k > 1 && random.nextInt(5) == 0, k > 1 && random.nextInt(5) == 0 ? false : true));
                }
            }
        }
        world.generateUsers(random);
        world.generateReservations(random);
        return world;
    }

    private void generateUsers(Random random) {
        Instant epoch = Instant.parse("2025-01-01T00:00:00Z");
        long next = 5000;
        int minute = 0;
        users.add(new User(next++, "root@world", true, true, true, null, List.of(), List.of()));
        users.add(new User(next++, "staff@world", true, true, false, null, List.of(), List.of()));
        for (int u = 0; u < 40; u++) {
            int kind = u % 8;   // 0-1 one organization, 2 several, 3 clubs only, 4 both, 5 inactive ones, 6 none, 7 mixed
            List<OrgMembership> memberships = new ArrayList<>();
            List<ClubMembership> clubMemberships = new ArrayList<>();
            int orgCount = switch (kind) {
                case 0, 1, 4, 5 -> 1;
                case 2, 7 -> 2 + random.nextInt(2);
                default -> 0;
            };
            for (Org org : pick(random, orgs, orgCount)) {
                boolean active = kind == 5 ? random.nextBoolean() : random.nextInt(8) > 0;
                memberships.add(new OrgMembership(org, ORG_ROLES[random.nextInt(ORG_ROLES.length)],
                        epoch.plusSeconds(60L * minute++), active));
            }
            int clubCount = switch (kind) {
                case 3, 4, 7 -> 1 + random.nextInt(3);
                case 5 -> 1;
                default -> 0;
            };
            for (Club club : pick(random, clubs, clubCount)) {
                boolean active = kind == 5 ? random.nextBoolean() : random.nextInt(8) > 0;
                clubMemberships.add(new ClubMembership(club, CLUB_ROLES[random.nextInt(CLUB_ROLES.length)],
                        epoch.plusSeconds(60L * minute++), active));
            }
            String current = switch (random.nextInt(3)) {
                case 0 -> null;
                case 1 -> memberships.isEmpty() ? null : memberships.get(random.nextInt(memberships.size())).org().id();
                default -> orgs.get(random.nextInt(orgs.size())).id();   // maybe one without a membership
            };
            boolean userActive = u != 13;
            users.add(new User(next++, "user" + u + "@world", userActive, false, false, current, memberships,
                    clubMemberships));
        }
    }

    private void generateReservations(Random random) {
        String[] statuses = {"pending", "confirmed", "completed", "cancelled", "no_show"};
        for (Court court : courts) {
            if (!court.bookable()) {
                continue;
            }
            int count = random.nextInt(12);
            for (int i = 0; i < count; i++) {
                reservations.add(new Reservation(court, users.get(2 + random.nextInt(users.size() - 2)).id(),
                        TODAY.minusDays(random.nextInt(45)).plusDays(random.nextInt(4)), 8 + random.nextInt(12),
                        1 + random.nextInt(2), statuses[random.nextInt(statuses.length)], random.nextInt(6) > 0));
            }
        }
    }

    private static <T> List<T> pick(Random random, List<T> from, int count) {
        List<T> pool = new ArrayList<>(from);
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }

    /** Availability (SPEC §4): superuser, an active membership in the club's organization, or in the club. */
    boolean mayReadAvailability(User user, Club club) {
        return user.active() && club.active() && (user.superuser()
                || user.activeOrgs().stream().anyMatch(m -> m.org().id().equals(club.orgId()))
                || user.clubs().stream().anyMatch(m -> m.active() && m.club().equals(club)));
    }

    /** Analytics: as availability, but of club memberships only owner, admin and staff. */
    boolean mayReadAnalytics(User user, Club club) {
        return user.active() && club.active() && (user.superuser()
                || user.activeOrgs().stream().anyMatch(m -> m.org().id().equals(club.orgId()))
                || user.clubs().stream().anyMatch(m -> m.active() && m.club().equals(club)
                && !m.role().equals("member")));
    }

    long countedReservations(Club club, int days) {
        LocalDate first = TODAY.minusDays(days - 1L);
        return reservations.stream().filter(r -> r.court().club().equals(club) && r.counted()
                && !r.date().isBefore(first) && !r.date().isAfter(TODAY)).count();
    }

    List<Court> bookableCourts(Club club) {
        return courts.stream().filter(c -> c.club().equals(club) && c.bookable()).toList();
    }

    Org org(String id) {
        return orgs.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }
}
