/**
 * Organizations (tenants) and users' memberships in them.
 * <p>Depends only on the JDK and other {@code com.padelyzer.bff.domain} packages; no framework.
 */
package com.padelyzer.bff.domain.organization;
