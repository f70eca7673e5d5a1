/**
 * Tests of the HTTP adapter: the in-ports and the statement measurement are replaced by mocks, tokens are minted
 * with the test secret, and the JSON is asserted byte for byte.
 */
package com.padelyzer.bff.adapter.web;
