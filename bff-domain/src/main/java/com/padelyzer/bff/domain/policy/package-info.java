/**
 * The sealed Decision every policy returns: Allowed or Denied with a reason.
 * <p>Depends only on the JDK and other {@code com.padelyzer.bff.domain} packages; no framework.
 */
package com.padelyzer.bff.domain.policy;
