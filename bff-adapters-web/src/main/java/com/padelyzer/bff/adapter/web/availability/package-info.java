/**
 * Availability (SPEC §5.3): the bulk grid {@code GET /api/bff/bi/availability/bulk/} and the legacy single check
 * {@code POST /api/reservations/check_availability/}. Depends on {@code application.port.in},
 * {@code application.cache} and the web packages.
 */
package com.padelyzer.bff.adapter.web.availability;
