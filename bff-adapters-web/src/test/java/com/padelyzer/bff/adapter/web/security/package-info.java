/** Tests of the token checks on top of micronaut-security-jwt: which signed tokens are the main system's. */
package com.padelyzer.bff.adapter.web.security;
