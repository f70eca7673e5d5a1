/**
 * Error responses: every error leaves as {@code {"error": "...", "code": "..."}} with a fitting status, never with
 * a stack trace, SQL text or exception message (SPEC §5).
 */
package com.padelyzer.bff.adapter.web.error;
