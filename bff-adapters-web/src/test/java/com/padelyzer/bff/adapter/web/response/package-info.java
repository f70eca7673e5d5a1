/**
 * Tests of {@code ..adapter.web.response}: the cache seam's measuring and rendering, with plain mocks and a fixed
 * clock (no server).
 */
package com.padelyzer.bff.adapter.web.response;
