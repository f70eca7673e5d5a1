package com.padelyzer.bff.adapter.web.request;

import com.padelyzer.bff.adapter.web.error.ApiErrorException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A POST body that must be one JSON object. Its members are handed out as the same text a query string would
 * carry, so one parser serves both: strings as they are, JSON booleans as {@code true}/{@code false}; any other
 * type for a member is 400 {@code invalid_<name>}, an unreadable body 400 {@code invalid_json}.
 */
public final class JsonBody {

    private final JsonNode root;

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    public static JsonBody parse(JsonMapper mapper, String text) {
        if (text == null || text.isBlank()) {
            throw invalidJson();
        }
        JsonNode root;
        try {
            root = mapper.readValue(text.getBytes(StandardCharsets.UTF_8), JsonNode.class);
        } catch (IOException | RuntimeException unreadable) {
            throw invalidJson();
        }
        if (root == null || !root.isObject()) {
            throw invalidJson();
        }
        return new JsonBody(root);
    }

    /** A string member; {@code null} when absent or JSON {@code null}. */
    public String text(String name) {
        JsonNode member = root.get(name);
        if (member == null || member.isNull()) {
            return null;
        }
        if (!member.isString()) {
            throw Parameters.invalid(name, "'" + name + "' must be a string");
        }
        return member.getStringValue();
    }

    /** A boolean member as {@code true}/{@code false}; {@code null} when absent or JSON {@code null}. */
    public String flag(String name) {
        JsonNode member = root.get(name);
        if (member == null || member.isNull()) {
            return null;
        }
        if (!member.isBoolean()) {
            throw Parameters.invalid(name, "'" + name + "' must be true or false");
        }
        return Boolean.toString(member.getBooleanValue());
    }

    private static ApiErrorException invalidJson() {
        return ApiErrorException.badRequest("The request body must be a JSON object", "invalid_json");
    }
}
