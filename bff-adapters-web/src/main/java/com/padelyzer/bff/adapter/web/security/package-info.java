/**
 * Token checks on top of micronaut-security-jwt: the main system's access tokens (SPEC §4), signed with its two
 * algorithms only, and the 401/403 responses.
 */
package com.padelyzer.bff.adapter.web.security;
