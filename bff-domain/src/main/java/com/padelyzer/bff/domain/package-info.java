/**
 * Pure-Java domain model and services of the Padel BFF, split into one package per concept.
 * <p>Depends on nothing but the JDK.
 */
package com.padelyzer.bff.domain;
