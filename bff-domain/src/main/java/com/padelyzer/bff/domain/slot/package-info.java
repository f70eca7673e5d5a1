/**
 * Time slots, blocked slots, the slot grid of a day and the conflict rules that decide availability.
 * <p>Depends only on the JDK and other {@code com.padelyzer.bff.domain} packages; no framework.
 */
package com.padelyzer.bff.domain.slot;
