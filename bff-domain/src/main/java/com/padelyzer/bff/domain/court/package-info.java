/**
 * Courts of a club and what makes one bookable.
 * <p>Depends only on the JDK and other {@code com.padelyzer.bff.domain} packages; no framework.
 */
package com.padelyzer.bff.domain.court;
