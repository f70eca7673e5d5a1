/**
 * How the BFF's read responses leave: the rendered JSON bytes with {@code X-Cache}, {@code Cache-Control},
 * a strong {@code ETag} (and 304 on a matching {@code If-None-Match}) and {@code Server-Timing} (SPEC §5).
 */
package com.padelyzer.bff.adapter.web.response;
