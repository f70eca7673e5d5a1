/**
 * The club dashboard, {@code GET/POST /api/bff/bi/analytics/club/} (SPEC §5.1): parameters, controller and the
 * response records. Depends on {@code application.port.in}, {@code application.cache} and the web packages.
 */
package com.padelyzer.bff.adapter.web.analytics;
