WITH counted AS (
  SELECT r.id, r.court_id, r.created_by_id, r.date, r.start_time, r.end_time, r.status, r.is_active,
         r.price_per_hour, r.total_price
  FROM reservations_reservation r
  WHERE r.club_id = '00000000-0000-4000-8000-000000000003' AND r.status IN ('confirmed', 'completed') AND r.date BETWEEN '2024-12-31' AND '2027-01-01'
    AND r.is_active)
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
          FROM clubs_court k WHERE k.club_id = c.id), '[]'::json), 'reservations', coalesce((SELECT json_agg(json_build_array(r.id, r.court_id, r.created_by_id::text, r.date,
                            r.start_time, r.end_time, r.status, r.is_active::text,
                            r.price_per_hour::text, r.total_price::text))
          FROM counted r WHERE true), '[]'::json), 'clientProfiles', coalesce((SELECT json_agg(json_build_array(p.user_id::text, p.created_at)
                                              ORDER BY p.user_id)
                              FROM clients_clientprofile p
                              WHERE p.user_id IN (SELECT created_by_id FROM counted)), '[]'::json))
FROM clubs_club c WHERE c.id = '00000000-0000-4000-8000-000000000003'