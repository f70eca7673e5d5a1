/**
 * Integration tests of the demo data set against the machine's real PostgreSQL, in throw-away databases
 * from the persistence test-jar.
 */
package com.padelyzer.bff.app.demo;
