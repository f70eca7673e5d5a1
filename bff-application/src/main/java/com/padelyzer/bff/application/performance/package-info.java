/**
 * Performance policy: the health score's formula ({@link com.padelyzer.bff.application.performance.HealthScore})
 * and the recommendation rules, each a small named function of the evidence (request figures, cache status, index
 * usage). Depends only on the JDK and the application's in-port records.
 */
package com.padelyzer.bff.application.performance;
