/**
 * Token checks on top of micronaut-security-jwt: the main system's access tokens (SPEC §4) and the 401/403
 * responses.
 */
package com.padelyzer.bff.adapter.web.security;
