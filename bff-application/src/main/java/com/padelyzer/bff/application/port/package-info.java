/**
 * The ports of the application: {@code in} (use cases the adapters call) and {@code out} (what the core needs).
 * <p>Depends only on the JDK and {@code com.padelyzer.bff.domain}.
 */
package com.padelyzer.bff.application.port;
