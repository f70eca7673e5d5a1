/**
 * A stand-in for another JVM service (a booking service) embedding bff-domain and bff-application; quoted in
 * docs/embedding.md. Test code only.
 */
package com.example.booking;
