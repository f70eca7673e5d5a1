/**
 * Integration tests of the snapshot adapters against the machine's PostgreSQL, with hand-written fixture rows
 * (unique ids per test) and the measured statement count of every call.
 */
package com.padelyzer.bff.adapter.persistence.snapshot;
