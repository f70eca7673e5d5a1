/**
 * Unit tests of the token checks and the 401/403 answers, without a server (the HTTP tests send real tokens).
 */
package com.padelyzer.bff.adapter.web.security;
