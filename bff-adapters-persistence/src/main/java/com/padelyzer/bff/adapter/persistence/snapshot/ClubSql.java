package com.padelyzer.bff.adapter.persistence.snapshot;

import com.padelyzer.bff.adapter.persistence.jdbc.SqlFragment;

/**
 * SQL fragments that render club data as JSON, shared by every snapshot statement. Each takes the alias of the
 * table it reads (and a filter, as a fragment with its values); the keys are the components of the matching row
 * records.
 */
final class ClubSql {

    private ClubSql() {
    }

    /**
     * The club {@code c} as a {@link ClubRow}; the jsonb address flattened to text values (non-strings as JSON text),
     * keys whose value is JSON {@code null} left out (so never the text "null"; docs/decisions/0019).
     */
    static String club(String c) {
        return """
                json_build_object('id', %1$s.id, 'organizationId', %1$s.organization_id, 'name', %1$s.name,
                  'slug', %1$s.slug, 'description', %1$s.description, 'email', %1$s.email, 'phone', %1$s.phone,
                  'website', %1$s.website,
                  'address', coalesce((SELECT json_object_agg(a.key, CASE WHEN jsonb_typeof(a.value) = 'string'
                                                                  THEN a.value #>> '{}' ELSE a.value::text END)
                                       FROM jsonb_each(CASE WHEN jsonb_typeof(%1$s.address) = 'object'
                                                            THEN %1$s.address ELSE '{}'::jsonb END) a
                                       WHERE jsonb_typeof(a.value) <> 'null'), '{}'::json),
                  'openingTime', %1$s.opening_time, 'closingTime', %1$s.closing_time, 'logoUrl', %1$s.logo_url,
                  'timezone', %1$s.timezone, 'isActive', %1$s.is_active)""".formatted(c);
    }

    /** The active {@code clubs_schedule} rows of club {@code c} (idx_bff_club_schedules), by weekday, oldest first. */
    static String schedule(String c) {
        return """
                coalesce((SELECT json_agg(json_build_object('weekday', s.weekday, 'openingTime', s.opening_time,
                                            'closingTime', s.closing_time, 'isClosed', s.is_closed,
                                            'isActive', s.is_active)
                                          ORDER BY s.weekday, s.created_at, s.id)
                          FROM clubs_schedule s WHERE s.club_id = %1$s.id AND s.is_active), '[]'::json)"""
                .formatted(c);
    }

    /** Every court of club {@code c}, active or not (idx_bff_courts_club_active); the domain decides bookability. */
    static String courts(String c) {
        return """
                coalesce((SELECT json_agg(json_build_object('id', k.id, 'clubId', k.club_id, 'name', k.name,
                                            'number', k.number, 'surfaceType', k.surface_type,
                                            'pricePerHour', k.price_per_hour::text,
                                            'isMaintenance', k.is_maintenance,
                                            'slotOffsetMinutes', k.slot_offset_minutes, 'isActive', k.is_active)
                                          ORDER BY k.number, k.name, k.id)
                          FROM clubs_court k WHERE k.club_id = %1$s.id), '[]'::json)""".formatted(c);
    }

    /**
     * The reservations {@code r} matching {@code where}, each a text array in {@link ReservationColumns} order, by
     * date and time (a day board's order).
     */
    static SqlFragment reservations(String from, SqlFragment where) {
        return reservationArrays(from, where, " ORDER BY r.date, r.start_time, r.court_id, r.id");
    }

    /**
     * As {@link #reservations}, in no particular order: for sums and counts over many rows, where sorting them in
     * the statement cost a third of its time (about 1,700 rows of a month with comparison).
     */
    static SqlFragment unorderedReservations(String from, SqlFragment where) {
        return reservationArrays(from, where, "");
    }

    private static SqlFragment reservationArrays(String from, SqlFragment where, String orderBy) {
        return SqlFragment.of("""
                coalesce((SELECT json_agg(json_build_array(r.id, r.court_id, r.created_by_id::text, r.date,
                                            r.start_time, r.end_time, r.status, r.is_active::text,
                                            r.price_per_hour::text, r.total_price::text)%s)
                          FROM %s r WHERE %s), '[]'::json)""")
                .formatted(SqlFragment.of(orderBy), SqlFragment.of(from), where);
    }

    /** The active blocked slots {@code b} matching {@code where}, ordered by start. */
    static SqlFragment blockedSlots(SqlFragment where) {
        return SqlFragment.of("""
                coalesce((SELECT json_agg(json_build_object('courtId', b.court_id, 'start', b.start_datetime,
                                            'end', b.end_datetime, 'reason', b.reason, 'isActive', b.is_active)
                                          ORDER BY b.start_datetime, b.id)
                          FROM reservations_blockedslot b WHERE b.is_active AND %s), '[]'::json)""")
                .formatted(where);
    }
}
