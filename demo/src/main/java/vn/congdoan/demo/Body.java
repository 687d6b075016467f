package vn.congdoan.demo;

import java.util.Map;
import java.util.TreeMap;

/**
 * A JSON object body. Keys are kept sorted and nulls left out, so the same step always sends the
 * same bytes: the services compare a repeated Idempotency-Key's body byte for byte.
 */
final class Body {
  private Body() {}

  static Map<String, Object> of(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values come in pairs");
    }
    var body = new TreeMap<String, Object>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        body.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return body;
  }
}
