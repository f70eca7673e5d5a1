package com.padelyzer.bff.app.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Generated hostile values for the bad-input sweep: text for any parameter (SQL metacharacters, unicode of every
 * awkward kind, very long, numbers out of every range, wrong types, broken dates and times, id look-alikes), JSON
 * values of every type for a body member, and whole bodies that are no JSON object at all.
 */
final class BadInputs {

    private BadInputs() {
    }

    /** Values as text; each is sent percent-encoded in a query and as a JSON string in a body. */
    static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(
                "' OR '1'='1", "'; DROP TABLE clubs_club; --", "\" OR \"\"=\"", "1; SELECT pg_sleep(5)",
                "%' AND 1=1 --", "\\", "$$; $$", "' UNION SELECT id, email FROM authentication_user --",
                "\u202Eevil\u202C", "\u05E9\u05DC\u05D5\u05DD", "\uD83C\uDFBE\uD83C\uDFD3", "e\u0301\u0301\u0301", "\u200B",
                "\u0000", "a\u0000b", "\uFFFF", "\uFEFF", "\r\nX-Injected: 1",
                "-1", "0", "-0", "1.5", "1e309", "-2147483649", "9223372036854775808", "99999999999999999999999999",
                "NaN", "Infinity", "0x10",
                "true", "null", "[]", "{}", "", " ", "undefined",
                "0000-01-01", "9999-12-31", "2026-02-30", "+10000-01-01", "2026-3-1", "24:00", "23:60", "-1:00",
                "00000000-0000-0000-0000-000000000000", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
                "{000000c2-0000-4000-8000-000000000001}", "000000c2-0000-4000-8000-00000000000g",
                "../../etc/passwd", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "%s%s%n"));
        texts.add("a".repeat(10_000));
        texts.add("9".repeat(12_000));
        return texts;
    }

    /** Only for bodies: too long for a request line. */
    static List<String> longTexts() {
        return List.of("x".repeat(100_000), "\uD83C\uDFBE".repeat(20_000));
    }

    /** JSON values of every type for a body member. */
    static List<String> jsonValues() {
        List<String> values = new ArrayList<>(List.of("42", "-1", "0", "1e400", "-1e400", "123456789012345678901234567890",
                "1.0000000000000000000001", "true", "false", "null", "[]", "{}", "[\"a\"]", "{\"$gt\": \"\"}",
                "[null]", "[1, 2, 3]"));
        values.add("[" + "\"000000c2-0000-4000-8000-000000000001\",".repeat(9_999) + "\"x\"]");
        values.add("[".repeat(1_000) + "]".repeat(1_000));
        values.add("{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000));
        return values;
    }

    /** Whole bodies that are no JSON object, or broken JSON. */
    static List<byte[]> bodies() {
        List<String> texts = List.of("", " ", "null", "[]", "\"text\"", "42", "{", "{\"club\":", "{\"club\" \"x\"}",
                "{'club': 'x'}", "{\"club\": \"x\",}", "{/* c */}", "NaN", "{\"a\": NaN}", "\uFEFF{}",
                "{\"club\": \"x\", \"club\": 1}", "[".repeat(1_000) + "]".repeat(1_000),
                "{\"a\":".repeat(1_000) + "1" + "}".repeat(1_000), "{\"a\":".repeat(100_000),
                "{\"a\": \"" + "z".repeat(100_000) + "\"}", "\u0000\u0000");
        List<byte[]> bodies = new ArrayList<>();
        texts.forEach(text -> bodies.add(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        bodies.add(new byte[] {'{', '"', 'c', 'l', 'u', 'b', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'});
        bodies.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xE0, (byte) 0x80, (byte) 0xAF, '"', '}'});
        bodies.add(new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0});
        return bodies;
    }

    /** Query strings that no encoder would produce: broken percent-encoding, raw bytes, overlong UTF-8. */
    static List<String> rawQueryValues() {
        return List.of("%", "%z", "%zz", "%%", "%e0%80%af", "%c0%80", "%c0%ae%c0%ae", "%00", "%ff%fe", "%ed%a0%80",
                "%uD83C", "%252e", "%E2%80%AE", "%F0%9F%8E%BE", "a%2", "%0d%0aX-Injected:%201");
    }

    static List<String> contentTypes() {
        return List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/xml", "application/json; charset=utf-16", "application/json; charset=nonsense", "application/json; charset=@@",
                "application/json; charset=", "???",
                "application/*", "");
    }
}
