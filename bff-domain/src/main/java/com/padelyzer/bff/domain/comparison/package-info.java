/**
 * Comparison of a figure with the same figure in the previous window.
 * <p>Depends only on the JDK and other {@code com.padelyzer.bff.domain} packages; no framework.
 */
package com.padelyzer.bff.domain.comparison;
