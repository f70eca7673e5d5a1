/**
 * Client profiles and the active/new customer counts of a window.
 * <p>Depends only on the JDK and other {@code com.padelyzer.bff.domain} packages; no framework.
 */
package com.padelyzer.bff.domain.customer;
