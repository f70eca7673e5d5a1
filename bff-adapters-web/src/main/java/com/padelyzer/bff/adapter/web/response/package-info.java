/**
 * How a rendered answer leaves: the JSON bytes with {@code X-Cache}, {@code Cache-Control}, {@code Vary}, a strong
 * {@code ETag} (and 304 on a matching {@code If-None-Match}); the computation's figures and ISO text for bodies.
 */
package com.padelyzer.bff.adapter.web.response;
