/**
 * Clubs, club memberships and the club-to-organization tenancy.
 * <p>Depends only on the JDK and other {@code com.padelyzer.bff.domain} packages; no framework.
 */
package com.padelyzer.bff.domain.club;
