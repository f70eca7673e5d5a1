/**
 * Use cases, the ports they need and the cache policy. Depends only on the domain and the JDK.
 */
package com.padelyzer.bff.application;
