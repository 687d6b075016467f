package vn.congdoan.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a hostile or careless client sends in place of one field's value, or of the whole body.
 * Written as JSON text, so that escapes no Java string can carry whole (a lone surrogate) reach the
 * server as sent.
 */
final class Mutations {
  private Mutations() {}

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** JSON texts to put where one field's value goes. */
  static final List<String> VALUES =
      List.of(
          "null",
          "true",
          "0",
          "-1",
          "1.5",
          "1e400",
          "-9223372036854775808",
          "9223372036854775807",
          "18446744073709551616",
          "[]",
          "{}",
          "[null]",
          "\"\"",
          "\" \"",
          "\"a\\ud800b\"",
          "\"\\udc00\"",
          "\"\\ud83d\"",
          "\"x\\u0000y\"",
          "\"x\\u001by\"",
          "\"x\\u007f\"",
          "\"\\uffff\"",
          "\"\\ufeffBOM\"",
          "\"\\u202eRTL\"",
          "\"a\\nb\"",
          "\"a\\tb\"",
          "\"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"",
          "\"@SUM(A1)\"",
          "\"+1\"",
          "\"-1\"",
          "\"' OR 1=1 --\"",
          "\"{\\\"$gt\\\": \\\"\\\"}\"",
          "{\"$gt\":\"\"}",
          "\"<script>x</script>\"",
          "\"Nguye\\u0302\\u0303n\"",
          "\"👩‍🏭\"",
          "\"+10000-01-01\"",
          "\"-0001-01-01\"",
          "\"2024-02-30\"",
          "\"2024-1-1\"",
          "\"01/05/2024\"",
          "\"1899-12-31\"",
          "\"2999-12-31\"",
          "\"2024-05-01T00:00:00Z\"",
          "\"UPPER-Case\"",
          "\"a_b\"",
          "\"-starts-with-hyphen\"",
          "\"NOT_AN_ENUM\"",
          "[\"a\",1,null]",
          repeated("x", 100_000),
          repeated("Đ", 5_000),
          "\"" + "9".repeat(400) + "\"",
          deep(600));

  /** Whole bodies, as bytes. */
  static final List<byte[]> BODIES =
      List.of(
          bytes(""),
          bytes("null"),
          bytes("[]"),
          bytes("\"text\""),
          bytes("42"),
          bytes("{"),
          bytes("{\"a\":"),
          bytes("{\"a\" 1}"),
          bytes("{'a':1}"),
          bytes("{\"a\":1,}"),
          bytes(deep(5_000)),
          bytes("{\"a\":1}{\"b\":2}"),
          new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'},
          new byte[] {(byte) 0xFF, (byte) 0xFE, '{', '}'},
          new byte[] {'{', 0, '}'},
          bytes("{\"__proto__\":{\"x\":1}}"),
          bytes("{\"@class\":\"java.lang.ProcessBuilder\"}"),
          bytes("{\"a\":\"" + "b".repeat(1_100_000) + "\"}"));

  static JsonNode text(String value) {
    return JSON.textNode(value);
  }

  private static String repeated(String unit, int times) {
    return "\"" + unit.repeat(times) + "\"";
  }

  private static String deep(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
