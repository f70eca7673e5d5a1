package com.padelyzer.bff.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.padelyzer.bff.domain.club.ClubId;
import com.padelyzer.bff.domain.court.CourtId;
import com.padelyzer.bff.domain.organization.OrganizationId;
import com.padelyzer.bff.domain.reservation.ReservationId;
import com.padelyzer.bff.domain.user.UserId;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Identifiers print as their bare value and parse back: cache keys ({@code bff:permissions:<user>:...},
 * {@code bff:availability:<club>:...}) and JSON are built from these strings, so two ids must never print alike.
 */
class IdentifiersTest {

    @Property(tries = 200)
    void uuid_identifiers_print_as_their_uuid_and_parse_back(@ForAll long high, @ForAll long low) {
        UUID value = new UUID(high, low);
        String text = value.toString();
        assertThat(ClubId.of(text)).isEqualTo(new ClubId(value)).hasToString(text);
        assertThat(CourtId.of(text)).isEqualTo(new CourtId(value)).hasToString(text);
        assertThat(OrganizationId.of(text)).isEqualTo(new OrganizationId(value)).hasToString(text);
        assertThat(new ReservationId(value)).hasToString(text);
    }

    @Property(tries = 200)
    void a_user_id_prints_as_its_number(@ForAll @LongRange(min = 1) long value) {
        assertThat(new UserId(value)).hasToString(Long.toString(value));
    }
}
