package com.padelyzer.bff.adapter.persistence.snapshot;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Says once, as a WARN on {@value #LOGGER}, that a raw value written by the main system is outside what this
 * service understands (a surface it does not know, a weekday outside 0-6, a negative price) and which fallback the mappers took instead of failing the club (docs/decisions/0019). Remembers at most
 * {@value #REMEMBERED} distinct values; past that it says so once and stays quiet, so a column full of distinct
 * garbage costs bounded memory and bounded log lines.
 */
@Singleton
final class UnexpectedValues {

    static final String LOGGER = "bff.unexpected-data";
    static final int REMEMBERED = 1_000;
    private static final int LONGEST_VALUE_LOGGED = 60;
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean full = new AtomicBoolean();

    /** {@code value} of {@code column} was replaced by {@code fallback}; logged the first time only. */
    void met(String column, Object value, String fallback) {
        String printable = printable(String.valueOf(value));
        String key = column + '=' + printable;
        if (seen.contains(key)) {
            return;
        }
        if (seen.size() >= REMEMBERED) {
            if (full.compareAndSet(false, true)) {
                LOG.warn("More than {} distinct unexpected values met; further ones are not logged", REMEMBERED);
            }
            return;
        }
        if (seen.add(key)) {
            LOG.warn("Unexpected {} '{}' from the database: {} (logged once per value)", column, printable, fallback);
        }
    }

    /** How many distinct values are remembered (never more than {@link #REMEMBERED}). */
    int remembered() {
        return seen.size();
    }

    /** The value on one short line: control characters escaped, long values cut. */
    private static String printable(String value) {
        int kept = Math.min(value.length(), LONGEST_VALUE_LOGGED);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < kept; i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return kept < value.length() ? out + "..." : out.toString();
    }
}
