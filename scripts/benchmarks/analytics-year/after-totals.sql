WITH summed AS (
  SELECT r.date, r.created_by_id, r.price_per_hour, r.total_price, m.minutes,
         CASE WHEN r.price_per_hour >= 0 THEN r.price_per_hour
              WHEN k.price_per_hour > 0 THEN k.price_per_hour ELSE 0 END AS hourly_price
  FROM reservations_reservation r
  LEFT JOIN clubs_court k ON k.id = r.court_id AND k.club_id = r.club_id
  CROSS JOIN LATERAL (
    SELECT (CASE WHEN r.end_time = TIME '24:00' THEN 86399999999
                 ELSE (extract(epoch FROM r.end_time) * 1000000)::bigint END
            - (extract(epoch FROM r.start_time) * 1000000)::bigint) / 60000000 AS minutes) m
  WHERE r.club_id = '00000000-0000-4000-8000-000000000003' AND r.status IN ('confirmed', 'completed') AND r.date BETWEEN '2024-12-31' AND '2027-01-01'
    AND r.is_active),
windows (n, first_day, last_day) AS (VALUES (0, '2025-12-31'::date, '2026-12-30'::date), (1, '2024-12-31'::date, '2025-12-30'::date), (2, '2026-01-01'::date, '2026-12-31'::date), (3, '2025-01-01'::date, '2025-12-31'::date), (4, '2026-01-02'::date, '2027-01-01'::date), (5, '2025-01-02'::date, '2026-01-01'::date)), days AS MATERIALIZED (
  SELECT x.date, count(*) AS reservations, sum(x.minutes) AS minutes,
         sum(x.total_price) FILTER (WHERE x.total_price > 0) AS full_prices,
         sum(x.hourly_price * x.minutes) FILTER (WHERE NOT x.total_price > 0) AS price_minutes
  FROM summed x GROUP BY x.date),
customers AS (
  SELECT x.created_by_id AS user_id, bit_or(CASE WHEN x.date BETWEEN '2025-12-31'::date AND '2026-12-30'::date THEN 1 ELSE 0 END | CASE WHEN x.date BETWEEN '2024-12-31'::date AND '2025-12-30'::date THEN 2 ELSE 0 END | CASE WHEN x.date BETWEEN '2026-01-01'::date AND '2026-12-31'::date THEN 4 ELSE 0 END | CASE WHEN x.date BETWEEN '2025-01-01'::date AND '2025-12-31'::date THEN 8 ELSE 0 END | CASE WHEN x.date BETWEEN '2026-01-02'::date AND '2027-01-01'::date THEN 16 ELSE 0 END | CASE WHEN x.date BETWEEN '2025-01-02'::date AND '2026-01-01'::date THEN 32 ELSE 0 END) AS windows
  FROM summed x WHERE x.created_by_id IS NOT NULL GROUP BY x.created_by_id),
profiles AS MATERIALIZED (
  SELECT a.windows, p.user_id, p.created_at
  FROM customers a JOIN clients_clientprofile p ON p.user_id = a.user_id
  WHERE p.created_at >= (SELECT min(w.first_day) - 1 FROM windows w)::timestamp AT TIME ZONE 'UTC'
    AND p.created_at < (SELECT max(w.last_day) + 2 FROM windows w)::timestamp AT TIME ZONE 'UTC')
SELECT json_build_object('club',json_build_object('id', c.id, 'organizationId', c.organization_id, 'name', c.name,
  'slug', c.slug, 'description', c.description, 'email', c.email, 'phone', c.phone,
  'website', c.website,
  'address', coalesce((SELECT json_object_agg(a.key, CASE WHEN jsonb_typeof(a.value) = 'string'
                                                  THEN a.value #>> '{}' ELSE a.value::text END)
                       FROM jsonb_each(CASE WHEN jsonb_typeof(c.address) = 'object'
                                            THEN c.address ELSE '{}'::jsonb END) a
                       WHERE jsonb_typeof(a.value) <> 'null'), '{}'::json),
  'openingTime', c.opening_time, 'closingTime', c.closing_time, 'logoUrl', c.logo_url,
  'timezone', c.timezone, 'isActive', c.is_active), 'schedule', coalesce((SELECT json_agg(json_build_object('weekday', s.weekday, 'openingTime', s.opening_time,
                            'closingTime', s.closing_time, 'isClosed', s.is_closed,
                            'isActive', s.is_active)
                          ORDER BY s.weekday, s.created_at, s.id)
          FROM clubs_schedule s WHERE s.club_id = c.id AND s.is_active), '[]'::json), 'courts', coalesce((SELECT json_agg(json_build_object('id', k.id, 'clubId', k.club_id, 'name', k.name,
                            'number', k.number, 'surfaceType', k.surface_type,
                            'pricePerHour', k.price_per_hour::text,
                            'isMaintenance', k.is_maintenance,
                            'slotOffsetMinutes', k.slot_offset_minutes, 'isActive', k.is_active)
                          ORDER BY k.number, k.name, k.id)
          FROM clubs_court k WHERE k.club_id = c.id), '[]'::json), 'windows', (
    SELECT json_agg(json_build_object('firstDay', w.first_day, 'lastDay', w.last_day,
                      'reservations', s.reservations, 'bookedMinutes', s.booked_minutes,
                      'fullPrices', s.full_prices::text, 'hourlyPriceMinutes', s.price_minutes::text,
                      'activeCustomers', (SELECT count(*) FROM customers a
                                          WHERE a.windows & (1 << w.n) <> 0),
                      'clientProfiles', coalesce((
                          SELECT json_agg(json_build_array(p.user_id::text, p.created_at)
                                          ORDER BY p.user_id)
                          FROM profiles p
                          WHERE p.windows & (1 << w.n) <> 0
                            AND p.created_at >= (w.first_day - 1)::timestamp AT TIME ZONE 'UTC'
                            AND p.created_at < (w.last_day + 2)::timestamp AT TIME ZONE 'UTC'),
                        '[]'::json))
                    ORDER BY w.n)
    FROM windows w
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(d.reservations), 0) AS reservations,
             coalesce(sum(d.minutes), 0) AS booked_minutes,
             coalesce(sum(d.full_prices), 0) AS full_prices,
             coalesce(sum(d.price_minutes), 0) AS price_minutes
      FROM days d WHERE d.date BETWEEN w.first_day AND w.last_day) s),
  'negativePricePerHour', (SELECT min(x.price_per_hour)::text FROM summed x WHERE x.price_per_hour < 0),
  'negativeTotalPrice', (SELECT min(x.total_price)::text FROM summed x WHERE x.total_price < 0))
FROM clubs_club c WHERE c.id = '00000000-0000-4000-8000-000000000003'