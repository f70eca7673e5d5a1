package com.padelyzer.bff.application.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Request parameters after defaults are filled in, sorted by name: {@code a=1&b=2}, and their MD5. */
public record CanonicalParameters(SortedMap<String, String> values) {
    public CanonicalParameters {
        values = new TreeMap<>(Objects.requireNonNull(values, "values"));
    }

    public static CanonicalParameters of(Map<String, String> values) {
        return new CanonicalParameters(new TreeMap<>(values));
    }

    @Override
    public SortedMap<String, String> values() {
        return new TreeMap<>(values);
    }

    public String canonical() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }

    public String md5() {
        return md5Hex(canonical());
    }

    /** Lower-case hex MD5 of the UTF-8 bytes of {@code text}. */
    public static String md5Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide MD5", e);
        }
    }
}
