/**
 * Reading a request's parameters before any work, each parsed into the core's value types or refused with a 400
 * naming it. Depends on the domain value types and the error package.
 */
package com.padelyzer.bff.adapter.web.request;
