/**
 * The HTTP adapter: controllers, response records and request handling. Controllers call use cases
 * (application.port.in) only; never repositories, services or other adapters.
 */
package com.padelyzer.bff.adapter.web;
