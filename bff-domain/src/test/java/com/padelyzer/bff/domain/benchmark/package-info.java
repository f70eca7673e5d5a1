/**
 * JMH benchmarks of the domain services on realistic club sizes. Run with {@code mvn -pl bff-domain test-compile
 * exec:exec} (see docs/performance.md); Surefire never runs them (no class here ends in Test).
 */
package com.padelyzer.bff.domain.benchmark;
