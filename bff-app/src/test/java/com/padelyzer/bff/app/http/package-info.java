/**
 * Tests through the real server: real PostgreSQL (a database of this test run), real JWTs, real HTTP.
 */
package com.padelyzer.bff.app.http;
