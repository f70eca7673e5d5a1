/**
 * Tests of {@code ..adapter.web.auth}: HTTP in, exact JSON out, with the in-ports and the statement measurement
 * mocked. May use the shared test helpers of {@code ..adapter.web}.
 */
package com.padelyzer.bff.adapter.web.auth;
