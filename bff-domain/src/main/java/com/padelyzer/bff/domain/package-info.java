/**
 * The Padel BFF domain: immutable records and pure services. Depends on nothing but the JDK.
 */
package com.padelyzer.bff.domain;
