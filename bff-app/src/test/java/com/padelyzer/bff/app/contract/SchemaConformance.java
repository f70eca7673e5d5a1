package com.padelyzer.bff.app.contract;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a parsed JSON value against an OpenAPI 3.0 schema of a loaded document, resolving {@code $ref}s: no
 * undeclared field, every required non-nullable field present, JSON types as declared, {@code null} only where
 * the schema says {@code nullable}. Covers what our document uses (objects, arrays, maps, allOf), nothing more.
 */
final class SchemaConformance {

    private final Map<String, Object> document;

    SchemaConformance(Map<String, Object> document) {
        this.document = document;
    }

    /** The violations, each with its JSON path; empty when the value conforms. */
    List<String> violations(Object value, Map<String, Object> schema) {
        List<String> violations = new ArrayList<>();
        check("$", value, schema, violations);
        return violations;
    }

    Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> resolved = schema;
        while (resolved.get("$ref") instanceof String ref) {
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local references are supported: " + ref);
            }
            Object target = document;
            for (String part : ref.substring(2).split("/")) {
                target = map(target).get(part);
            }
            if (target == null) {
                throw new AssertionError("unresolvable " + ref);
            }
            resolved = map(target);
        }
        return resolved;
    }

    private void check(String path, Object value, Map<String, Object> declared, List<String> violations) {
        Map<String, Object> schema = resolve(declared);
        if (value == null) {
            if (!Boolean.TRUE.equals(schema.get("nullable"))) {
                violations.add(path + ": null where the schema is not nullable");
            }
            return;
        }
        if (schema.get("allOf") instanceof List<?> parts) {
            parts.forEach(part -> check(path, value, map(part), violations));
        }
        Object type = schema.get("type");
        if (type == null) {
            return;
        }
        switch (type.toString()) {
            case "string" -> expect(path, value instanceof String, "a string", value, violations);
            case "integer" -> expect(path, value instanceof Integer || value instanceof Long
                    || value instanceof BigInteger, "an integer", value, violations);
            case "number" -> expect(path, value instanceof Number, "a number", value, violations);
            case "boolean" -> expect(path, value instanceof Boolean, "a boolean", value, violations);
            case "array" -> {
                if (expect(path, value instanceof List, "an array", value, violations)) {
                    List<?> items = (List<?>) value;
                    for (int i = 0; i < items.size(); i++) {
                        check(path + "[" + i + "]", items.get(i), map(schema.get("items")), violations);
                    }
                }
            }
            case "object" -> {
                if (expect(path, value instanceof Map, "an object", value, violations)) {
                    checkObject(path, map(value), schema, violations);
                }
            }
            default -> violations.add(path + ": unsupported schema type " + type);
        }
    }

    private void checkObject(String path, Map<String, Object> object, Map<String, Object> schema,
                             List<String> violations) {
        Map<String, Object> properties = schema.containsKey("properties") ? map(schema.get("properties")) : Map.of();
        Object additional = schema.get("additionalProperties");
        for (Map.Entry<String, Object> field : object.entrySet()) {
            String at = path + "." + field.getKey();
            if (properties.containsKey(field.getKey())) {
                check(at, field.getValue(), map(properties.get(field.getKey())), violations);
            } else if (additional instanceof Map<?, ?> valueSchema) {
                check(at, field.getValue(), map(valueSchema), violations);
            } else if (!properties.isEmpty() || Boolean.FALSE.equals(additional)) {
                violations.add(at + ": not declared in the schema");
            }
        }
        if (schema.get("required") instanceof List<?> required) {
            for (Object name : required) {
                Map<String, Object> property = properties.containsKey(name) ? map(properties.get(name)) : Map.of();
                if (!object.containsKey(name) && !Boolean.TRUE.equals(resolve(property).get("nullable"))
                        && !Boolean.TRUE.equals(property.get("nullable"))) {
                    violations.add(path + "." + name + ": required but absent");
                }
            }
        }
    }

    private static boolean expect(String path, boolean holds, String what, Object value, List<String> violations) {
        if (!holds) {
            violations.add(path + ": expected " + what + ", got " + value.getClass().getSimpleName() + " " + value);
        }
        return holds;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        if (!(value instanceof Map)) {
            throw new AssertionError("expected a mapping in the document, got " + value);
        }
        return (Map<String, Object>) value;
    }
}
