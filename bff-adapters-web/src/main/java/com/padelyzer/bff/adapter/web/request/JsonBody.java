package com.padelyzer.bff.adapter.web.request;

import com.padelyzer.bff.adapter.web.error.ApiErrorException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A POST body that must be one JSON object. Its members are handed out as the same text a query string would
 * carry, so one parser serves both: strings as they are, JSON booleans as {@code true}/{@code false}; any other
 * type for a member is 400 {@code invalid_<name>}, an unreadable body 400 {@code invalid_json}. An id member
 * ({@link #id}) is the exception: any JSON value is handed out as text, so a number is a malformed id.
 */
public final class JsonBody {

    /** What an array or an object given as an id reads as: text that no id matches. */
    private static final String NOT_AN_ID = "not-an-id";

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

    /**
     * A member holding an id: a string as it is, a number or a boolean as its JSON text, an array or an object as
     * text that no id matches; {@code null} when absent or JSON {@code null}. So {@code "club": 42}
     * takes the path of {@code "club": "42"}: a malformed club id, 404 like an unknown club (SPEC §4).
     */
    public String id(String name) {
        JsonNode member = root.get(name);
        if (member == null || member.isNull()) {
            return null;
        }
        if (member.isString()) {
            return member.getStringValue();
        }
        return member.isValueNode() ? member.coerceStringValue() : NOT_AN_ID;
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

    /** An array of strings; {@code null} when absent or JSON {@code null}; 400 when longer than {@code most}. */
    public List<String> texts(String name, int most) {
        JsonNode member = root.get(name);
        if (member == null || member.isNull()) {
            return null;
        }
        if (!member.isArray()) {
            throw Parameters.invalid(name, "'" + name + "' must be an array of strings");
        }
        if (member.size() > most) {
            throw Parameters.invalid(name, "'" + name + "' lists at most " + most + " values");
        }
        List<String> texts = new ArrayList<>(member.size());
        for (JsonNode value : member.values()) {
            if (!value.isString()) {
                throw Parameters.invalid(name, "'" + name + "' must be an array of strings");
            }
            texts.add(value.getStringValue());
        }
        return texts;
    }

    private static ApiErrorException invalidJson() {
        return ApiErrorException.badRequest("The request body must be a JSON object", "invalid_json");
    }
}
