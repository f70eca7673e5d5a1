package com.padelyzer.bff.adapter.persistence.jdbc;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlFragmentTest {

    private static final UUID CLUB = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void appends_text_and_values_in_text_order() {
        SqlFragment joined = SqlFragment.of("SELECT 1 FROM r WHERE r.club_id = ?", CLUB)
                .append(" AND r.date BETWEEN ? AND ?", DAY, DAY.plusDays(6))
                .append(SqlFragment.of(" AND r.is_active"));

        assertThat(joined.sql())
                .isEqualTo("SELECT 1 FROM r WHERE r.club_id = ? AND r.date BETWEEN ? AND ? AND r.is_active");
        assertThat(joined.parameters()).containsExactly(CLUB, DAY, DAY.plusDays(6));
    }

    @Test
    void inserts_formatted_parts_with_their_values_between_its_own_in_text_order() {
        SqlFragment template = SqlFragment.of("SELECT ?, (%s), ? FROM t WHERE %s", "first", "third");

        SqlFragment filled = template.formatted(SqlFragment.of("SELECT ?", "second"), SqlFragment.of("t.id = ?", CLUB));

        assertThat(filled.sql()).isEqualTo("SELECT ?, (SELECT ?), ? FROM t WHERE t.id = ?");
        assertThat(filled.parameters()).containsExactly("first", "second", "third", CLUB);
    }

    @Test
    void reads_a_doubled_percent_sign_as_one_and_leaves_the_parts_text_unread() {
        SqlFragment filled = SqlFragment.of("name LIKE 'idx\\_%%' AND %s").formatted(SqlFragment.of("'50%s' = ?", 1));

        assertThat(filled.sql()).isEqualTo("name LIKE 'idx\\_%' AND '50%s' = ?");
        assertThat(filled.parameters()).containsExactly(1);
    }

    @Test
    void binds_null_values() {
        UUID noClub = null;

        SqlFragment fragment = SqlFragment.of("tc.id = CAST(? AS uuid)", noClub).append(" OR ? IS NULL", (Object) null);

        assertThat(fragment.parameters()).containsExactly(null, null);
    }

    @Test
    void rejects_a_fragment_with_more_placeholders_than_values() {
        assertThatThrownBy(() -> SqlFragment.of("c.id = ? AND r.date = ?", CLUB))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a fragment with 2 placeholders cannot bind 1 values");
    }

    @Test
    void rejects_a_fragment_with_more_values_than_placeholders() {
        assertThatThrownBy(() -> new SqlFragment("c.id = ?", List.of(CLUB, DAY)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void counts_a_question_mark_in_a_string_literal_as_a_placeholder_so_such_text_needs_a_value() {
        assertThatThrownBy(() -> SqlFragment.of("c.name = 'who?'")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejects_formatting_with_too_few_or_too_many_parts_or_another_conversion() {
        SqlFragment part = SqlFragment.of("true");

        assertThatThrownBy(() -> SqlFragment.of("%s AND %s").formatted(part))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlFragment.of("%s").formatted(part, part))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlFragment.of("%d").formatted(part))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SqlFragment.of("x %").formatted())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keeps_its_values_whatever_happens_to_the_list_it_was_given() {
        List<Object> values = new ArrayList<>(List.of(CLUB));
        SqlFragment fragment = new SqlFragment("c.id = ?", values);

        values.set(0, "changed");

        assertThat(fragment.parameters()).containsExactly(CLUB);
        assertThatThrownBy(() -> fragment.parameters().add(DAY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shows_its_text_but_not_its_values() {
        assertThat(SqlFragment.of("t.jti = ?", "secret-token-id"))
                .hasToString("SqlFragment[sql=t.jti = ?, parameters=1]");
    }
}
