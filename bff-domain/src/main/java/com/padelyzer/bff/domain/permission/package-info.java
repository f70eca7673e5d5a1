/**
 * Permission strings, the current-organization rule and the club access policies.
 * <p>Depends only on the JDK and other {@code com.padelyzer.bff.domain} packages; no framework.
 */
package com.padelyzer.bff.domain.permission;
