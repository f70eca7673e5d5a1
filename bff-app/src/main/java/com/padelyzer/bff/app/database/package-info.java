/**
 * The bounds on database calls (SPEC §8): the connection wait and statement time-out settings, the pool and driver
 * time-outs derived from them, and the bounded blocking pool the controllers run on. May depend on Micronaut,
 * HikariCP and the PostgreSQL driver's property names; nothing here is seen by the core.
 */
package com.padelyzer.bff.app.database;
