package com.padelyzer.bff.application.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.organization.OrganizationId;
import com.padelyzer.bff.domain.period.AnalyticsPeriod;
import com.padelyzer.bff.domain.user.UserId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CacheKeysTest {

    private static final ClubId CLUB = ClubId.of("11111111-1111-1111-1111-111111111111");
    private static final CourtId COURT_A = CourtId.of("aaaaaaaa-0000-0000-0000-000000000001");
    private static final CourtId COURT_B = CourtId.of("bbbbbbbb-0000-0000-0000-000000000002");

    private final CacheKeys keys = new CacheKeys();

    @Test
    void builds_the_spec_key_formats_with_md5_of_sorted_parameters() {
        // md5("club=1111…&compare_previous=true&end_date=2026-12-01&include_customers=true&include_occupancy=true&include_revenue=true&period=month")
        assertThat(keys.dashboard(CLUB, AnalyticsPeriod.MONTH, true, true, true, true, LocalDate.of(2026, 12, 1)))
                .isEqualTo("bff:dashboard:" + CLUB + ":month:bd18884d364d91d599410bc3ce9bd4e6");
        assertThat(keys.liveToken(new UserId(42), "jti-1")).startsWith("bff:permissions:42:token:").hasSize(57);
        assertThat(keys.clubOnRecord(CLUB)).isEqualTo("bff:club:" + CLUB + ":tenancy");
        assertThat(keys.availability(CLUB, LocalDate.of(2026, 12, 1), Set.of(), 60))
                .isEqualTo("bff:availability:" + CLUB + ":2026-12-01:all:60");
        assertThat(keys.availability(CLUB, LocalDate.of(2026, 12, 1), Set.of(COURT_B, COURT_A), 90))
                .isEqualTo("bff:availability:" + CLUB + ":2026-12-01:9aee012517cb57257367fb9872d53dc6:90");
        assertThat(keys.authContext(new UserId(42))).isEqualTo("bff:auth:context:42:6d2abd5fafb06661d6c1233773f02f26");
        assertThat(keys.permissions(new UserId(42), Optional.empty())).isEqualTo("bff:permissions:42:global");
        OrganizationId org = new OrganizationId(UUID.randomUUID());
        assertThat(keys.permissions(new UserId(42), Optional.of(org))).isEqualTo("bff:permissions:42:" + org);
    }

    @Property(tries = 1000)
    void dashboard_keys_are_deterministic_and_differ_when_any_parameter_differs(
            @ForAll @IntRange(max = 3) int period, @ForAll @IntRange(max = 15) int flags,
            @ForAll @IntRange(max = 3) int otherPeriod, @ForAll @IntRange(max = 15) int otherFlags,
            @ForAll boolean otherClub, @ForAll @IntRange(max = 2) int otherDay) {
        ClubId second = otherClub ? new ClubId(new UUID(1, 2)) : CLUB;
        String key = dashboard(CLUB, period, flags, 0);
        assertThat(dashboard(CLUB, period, flags, 0)).isEqualTo(key);
        boolean same = !otherClub && period == otherPeriod && flags == otherFlags && otherDay == 0;
        assertThat(dashboard(second, otherPeriod, otherFlags, otherDay).equals(key)).isEqualTo(same);
    }

    @Property(tries = 1000)
    void availability_keys_are_deterministic_and_differ_when_any_parameter_differs(
            @ForAll @IntRange(max = 3) int courts, @ForAll @IntRange(max = 3) int otherCourts,
            @ForAll @IntRange(max = 500) int day, @ForAll @IntRange(max = 500) int otherDay,
            @ForAll @IntRange(min = 2, max = 16) int slot, @ForAll @IntRange(min = 2, max = 16) int otherSlot) {
        List<Set<CourtId>> choices = List.of(Set.of(), Set.of(COURT_A), Set.of(COURT_B), Set.of(COURT_A, COURT_B));
        LocalDate base = LocalDate.of(2026, 1, 1);
        String key = keys.availability(CLUB, base.plusDays(day), choices.get(courts), slot * 15);
        assertThat(keys.availability(CLUB, base.plusDays(day), new HashSet<>(choices.get(courts)), slot * 15))
                .isEqualTo(key);
        boolean same = courts == otherCourts && day == otherDay && slot == otherSlot;
        assertThat(keys.availability(CLUB, base.plusDays(otherDay), choices.get(otherCourts), otherSlot * 15)
                .equals(key)).isEqualTo(same);
    }

    private String dashboard(ClubId club, int period, int flags, int day) {
        return keys.dashboard(club, AnalyticsPeriod.values()[period], (flags & 1) != 0, (flags & 2) != 0,
                (flags & 4) != 0, (flags & 8) != 0, LocalDate.of(2026, 12, 1).plusDays(day));
    }
}
