package com.padelyzer.bff.adapter.persistence.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * SQL text with the values of its {@code ?} placeholders, in text order ({@code null} binds SQL NULL). Fragments
 * compose by {@link #append} and {@link #formatted}, which carry the values along with the text, so no caller lines
 * up placeholder positions by hand.
 * <p>
 * Every {@code ?} counts as a placeholder: a fragment must not hold one inside a string literal, a quoted name or a
 * comment, nor use the jsonb operators {@code ?}, {@code ?|} and {@code ?&} (write {@code jsonb_exists} and friends).
 */
public record SqlFragment(String sql, List<Object> parameters) {

    public SqlFragment {
        Objects.requireNonNull(sql, "sql");
        parameters = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(parameters, "parameters")));
        int placeholders = placeholders(sql);
        if (placeholders != parameters.size()) {
            throw new IllegalArgumentException("a fragment with " + placeholders + " placeholders cannot bind "
                    + parameters.size() + " values");
        }
    }

    /** {@code sql} binding {@code parameters} to its placeholders in order; write a lone null {@code (Object) null}. */
    public static SqlFragment of(String sql, Object... parameters) {
        return new SqlFragment(sql, Arrays.asList(parameters));
    }

    /** This fragment followed by {@code next}: the texts joined as they are, this fragment's values first. */
    public SqlFragment append(SqlFragment next) {
        List<Object> values = new ArrayList<>(parameters);
        values.addAll(next.parameters);
        return new SqlFragment(sql + next.sql, values);
    }

    /** This fragment followed by {@code sql} binding {@code parameters}, as {@link #of}. */
    public SqlFragment append(String sql, Object... parameters) {
        return append(of(sql, parameters));
    }

    /**
     * This fragment with each {@code %s} replaced by the next of {@code parts}, as {@link String#formatted} would
     * ({@code %%} is a percent sign; other conversions are rejected, and so are parts too few or too many). The
     * values follow the text: this fragment's own and the parts', in the order their placeholders stand.
     */
    public SqlFragment formatted(SqlFragment... parts) {
        StringBuilder text = new StringBuilder(sql.length());
        List<Object> values = new ArrayList<>();
        int own = 0;
        int used = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?') {
                values.add(parameters.get(own++));
            } else if (c == '%') {
                char conversion = ++i < sql.length() ? sql.charAt(i) : ' ';
                if (conversion == 's') {
                    if (used == parts.length) {
                        throw new IllegalArgumentException("more %s than the " + parts.length + " parts given");
                    }
                    text.append(parts[used].sql);
                    values.addAll(parts[used++].parameters);
                    continue;
                }
                if (conversion != '%') {
                    throw new IllegalArgumentException("only %s and %% may stand in a fragment's text");
                }
            }
            text.append(c);
        }
        if (used != parts.length) {
            throw new IllegalArgumentException(parts.length + " parts given for " + used + " %s");
        }
        return new SqlFragment(text.toString(), values);
    }

    /**
     * Counted with {@link String#indexOf(int, int)} (a vectorised intrinsic): every request composes its statement
     * from fragments, each step counting its whole text again, and a stream over the characters cost ~5 % of a
     * miss's CPU, a {@code charAt} loop as much (docs/performance.md, "The miss path under JFR").
     */
    private static int placeholders(String sql) {
        int count = 0;
        for (int at = sql.indexOf('?'); at >= 0; at = sql.indexOf('?', at + 1)) {
            count++;
        }
        return count;
    }

    /** The text and the number of values: values may be personal (a token id), so they stay out of logs. */
    @Override
    public String toString() {
        return "SqlFragment[sql=" + sql + ", parameters=" + parameters.size() + "]";
    }
}
