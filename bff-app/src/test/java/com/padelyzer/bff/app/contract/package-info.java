/**
 * Contract tests: the OpenAPI document the build generates, checked against what the running server answers.
 * Depends on the end-to-end support of {@code ..app.http} (through {@code ContractAccess}) and snakeyaml.
 */
package com.padelyzer.bff.app.contract;
