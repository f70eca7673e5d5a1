/**
 * Management endpoints ({@code /api/management/**}): staff and superusers only (403 otherwise, SPEC §4).
 */
package com.padelyzer.bff.adapter.web.management;
