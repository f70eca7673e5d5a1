/**
 * The auth context (SPEC §5.2): the aggregate {@code GET /api/bff/auth/context/}, its cache invalidation, and the
 * four uncached reads it replaces (user, organization, user clubs, permissions), which must answer the same
 * objects. Depends on {@code application.port.in}, {@code application.cache} and the web packages.
 */
package com.padelyzer.bff.adapter.web.auth;
