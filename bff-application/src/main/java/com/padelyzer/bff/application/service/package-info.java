/**
 * Use-case implementations: load through out-ports, calculate with domain services, shape the result. Plain
 * classes without annotations, wired by the composition root; time comes from an injected Clock.
 * <p>Depends only on the JDK, {@code com.padelyzer.bff.domain} and the other application packages.
 */
package com.padelyzer.bff.application.service;
