package com.padelyzer.bff.app.contract;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker itself, on a tiny document: it must see each kind of drift, or the contract tests prove nothing. */
class SchemaConformanceTest {

    private static final String DOCUMENT = """
            components:
              schemas:
                Body:
                  required: [id, count, inner]
                  type: object
                  properties:
                    id: {type: string}
                    count: {type: integer}
                    rate: {type: number}
                    reason: {type: string, nullable: true}
                    inner: {$ref: "#/components/schemas/Inner"}
                    maybe: {nullable: true, allOf: [{$ref: "#/components/schemas/Inner"}]}
                    tags: {type: array, items: {type: string}}
                    address: {type: object, additionalProperties: {type: string}}
                Inner:
                  required: [flag]
                  type: object
                  properties:
                    flag: {type: boolean}
            """;

    private final Map<String, Object> document = new Yaml().load(DOCUMENT);
    private final SchemaConformance conformance = new SchemaConformance(document);
    private final Map<String, Object> body = Map.of("$ref", "#/components/schemas/Body");

    private Object json(String text) {
        return new Yaml().load(text);
    }

    @Test
    void accepts_a_body_that_matches_with_nulls_where_nullable() {
        assertThat(conformance.violations(json("""
                {"id": "a", "count": 2, "rate": 1.5, "reason": null, "inner": {"flag": true}, "maybe": null,
                 "tags": ["x"], "address": {"city": "Madrid"}}"""), body)).isEmpty();
    }

    @Test
    void reports_undeclared_absent_mistyped_and_wrongly_null_fields() {
        assertThat(conformance.violations(json("""
                {"id": 7, "count": 1.5, "extra": 1, "inner": {"flag": "yes", "more": 1}, "maybe": {"flag": null},
                 "tags": [1], "address": {"city": 3}}"""), body))
                .containsExactlyInAnyOrder(
                        "$.id: expected a string, got Integer 7",
                        "$.count: expected an integer, got Double 1.5",
                        "$.extra: not declared in the schema",
                        "$.inner.flag: expected a boolean, got String yes",
                        "$.inner.more: not declared in the schema",
                        "$.maybe.flag: null where the schema is not nullable",
                        "$.tags[0]: expected a string, got Integer 1",
                        "$.address.city: expected a string, got Integer 3");
        assertThat(conformance.violations(json("{\"id\": \"a\", \"count\": 1}"), body))
                .containsExactly("$.inner: required but absent");
    }
}
