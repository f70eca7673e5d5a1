-- The dashboard's totals statement as the server sends it for a year with the year before (2 windows), captured with
-- log_min_duration_statement at commit 0a68485 (ClubAnalyticsAdapter.selectTotals), with its customers read as V10
-- keeps them since b2a7c70; the server's parameters are pgbench variables, so pgbench -M prepared plans it as the
-- server does (generic plans). docs/performance.md, "The year miss's CPU":
--   scripts/benchmarks/statement-cpu.sh scripts/benchmarks/analytics-year/rollup-totals.sql 2 -D club=<uuid> \
--     -D current_first=2025-12-02 -D current_last=2026-12-01 -D previous_first=2024-12-02 -D previous_last=2025-12-01 \
--     -D span_first=2024-12-02 -D span_last=2026-12-01
WITH windows AS (
  SELECT v.n, v.first_day, v.last_day,
         (v.first_day - 1)::timestamp AT TIME ZONE 'UTC' AS near_from,
         (v.first_day + 1)::timestamp AT TIME ZONE 'UTC' AS inside_from,
         v.last_day::timestamp AT TIME ZONE 'UTC' AS inside_to,
         (v.last_day + 2)::timestamp AT TIME ZONE 'UTC' AS near_to
  FROM (VALUES (0, :current_first::date, :current_last::date), (1, :previous_first::date, :previous_last::date)) v (n, first_day, last_day)),
edges AS (
  SELECT array_agg(e.day ORDER BY e.day) AS starts
  FROM (SELECT w.first_day FROM windows w UNION SELECT w.last_day + 1 FROM windows w) e (day)),
segments AS MATERIALIZED (
  SELECT width_bucket(s.date, (SELECT e.starts FROM edges e)) AS segment, s.court_id,
         sum(s.reservations) AS reservations, sum(s.minutes) AS minutes,
         sum(s.full_prices) AS full_prices, sum(s.hourly_price_minutes) AS hourly_price_minutes,
         min(s.negative_price_per_hour) AS negative_price_per_hour,
         min(s.negative_total_price) AS negative_total_price
  FROM bff_reservation_day_sums s
  WHERE s.club_id = :club::uuid AND s.date BETWEEN :span_first::date AND :span_last::date
  GROUP BY 1, 2),
customers AS MATERIALIZED (
  SELECT a.user_id, (CASE WHEN a.booked_days && (SELECT daterange(w.first_day, w.last_day, '[]') FROM windows w WHERE w.n = 0) THEN 1 ELSE 0 END
                       | CASE WHEN a.booked_days && (SELECT daterange(w.first_day, w.last_day, '[]') FROM windows w WHERE w.n = 1) THEN 2 ELSE 0 END) AS windows, a.profile_created_at AS created_at
  FROM bff_club_customers a
  WHERE a.club_id = :club::uuid AND a.booked_days && daterange(:span_first::date, :span_last::date, '[]'))
SELECT json_build_object('club', json_build_object('id', c.id, 'organizationId', c.organization_id, 'name', c.name,
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
          FROM clubs_court k WHERE k.club_id = c.id), '[]'::json),
  'windows', (
    SELECT json_agg(json_build_object('firstDay', w.first_day, 'lastDay', w.last_day,
                      'reservations', t.reservations, 'bookedMinutes', t.booked_minutes,
                      'fullPrices', t.full_prices::text, 'hourlyPriceMinutes', t.price_minutes::text,
                      'activeCustomers', u.active, 'surelyNewCustomers', u.surely_new,
                      'clientProfiles', u.client_profiles)
                    ORDER BY w.n)
    FROM windows w
    CROSS JOIN edges e
    CROSS JOIN LATERAL (
      SELECT count(*) AS active,
             count(*) FILTER (WHERE p.created_at >= w.inside_from AND p.created_at < w.inside_to)
               AS surely_new,
             coalesce(json_agg(json_build_array(p.user_id::text, p.created_at) ORDER BY p.user_id)
                        FILTER (WHERE p.created_at >= w.near_from AND p.created_at < w.near_to
                                  AND NOT (p.created_at >= w.inside_from AND p.created_at < w.inside_to)),
                      '[]'::json) AS client_profiles
      FROM customers p
      WHERE p.windows & (1 << w.n) <> 0) u
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(g.reservations) FILTER (WHERE g.court_id IS NULL), 0) AS reservations,
             coalesce(sum(g.minutes) FILTER (WHERE g.court_id IS NULL), 0) AS booked_minutes,
             coalesce(sum(g.full_prices), 0) AS full_prices,
             coalesce(sum(g.hourly_price_minutes), 0)
               + coalesce(sum(g.minutes * k.price_per_hour) FILTER (WHERE k.price_per_hour > 0), 0)
               AS price_minutes
      FROM segments g
      LEFT JOIN clubs_court k ON k.id = g.court_id AND k.club_id = c.id
      WHERE g.segment BETWEEN width_bucket(w.first_day, e.starts) AND width_bucket(w.last_day, e.starts)) t),
  'negativePricePerHour', (SELECT min(g.negative_price_per_hour)::text FROM segments g),
  'negativeTotalPrice', (SELECT min(g.negative_total_price)::text FROM segments g))
FROM clubs_club c WHERE c.id = :club::uuid;
