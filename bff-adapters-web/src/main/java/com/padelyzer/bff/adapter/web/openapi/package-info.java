/**
 * OpenAPI declarations shared by several controllers (response sets), read by micronaut-openapi at build time.
 * Depends on the error records of the web adapter only.
 */
package com.padelyzer.bff.adapter.web.openapi;
