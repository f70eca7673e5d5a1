package com.padelyzer.bff.domain.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.padelyzer.bff.domain.club.Club;
import com.padelyzer.bff.domain.fixtures.Clubs;
import com.padelyzer.bff.domain.fixtures.Courts;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CourtTest {

    private final Club club = Clubs.club();

    @Test
    void only_active_courts_out_of_maintenance_are_bookable() {
        assertThat(Courts.court(club).isBookable()).isTrue();
        assertThat(Courts.inMaintenance(club).isBookable()).isFalse();
        assertThat(Courts.inactive(club).isBookable()).isFalse();
    }

    @Test
    void rejects_a_negative_price_and_an_offset_beyond_a_day() {
        CourtId id = new CourtId(UUID.randomUUID());
        assertThatThrownBy(() -> new Court(id, club.id(), "c", 1, SurfaceType.GLASS, new BigDecimal("-1"), false, 0,
                true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Court(id, club.id(), "c", 1, SurfaceType.GLASS, BigDecimal.TEN, false, 1440,
                true)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SurfaceType.fromCode("mesh")).isEqualTo(SurfaceType.MESH);
    }

    @Test
    void only_the_four_known_surfaces_have_a_code_of_their_own() {
        assertThat(SurfaceType.ofCode("glass")).contains(SurfaceType.GLASS);
        assertThat(SurfaceType.ofCode("clay")).isEmpty();
        assertThat(SurfaceType.ofCode("unknown")).isEmpty();
        assertThat(SurfaceType.ofCode(null)).isEmpty();
        assertThat(SurfaceType.UNKNOWN.code()).isEqualTo("unknown");
    }
}
