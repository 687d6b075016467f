package vn.congdoan.it;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A filled-in example of an event, made once to write its first wire fixture (the fixture is then
 * the record; this class never decides what a fixture holds afterwards). Ids are lower-case words,
 * other text is Vietnamese, so that a fixture also shows the text's exact round trip.
 */
final class WireSamples {
  private WireSamples() {}

  static Object of(Class<?> type) {
    return sample(type, "event");
  }

  private static Object sample(Type type, String name) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == List.class) {
        return List.of(sample(args[0], name));
      }
      if (raw == Set.class) {
        return Set.of(sample(args[0], name));
      }
      if (raw == Map.class) {
        return Map.of(String.valueOf(sample(args[0], name)), sample(args[1], name));
      }
      if (raw == Optional.class) {
        return Optional.of(sample(args[0], name));
      }
      throw new IllegalArgumentException("no sample of " + type + " (" + name + ")");
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return name.toLowerCase().endsWith("id")
          ? "mau-" + name.toLowerCase()
          : "Tổ Kế hoạch – Tài chính";
    }
    if (c == int.class || c == Integer.class) {
      return 3;
    }
    if (c == long.class || c == Long.class) {
      return 1_500_000L;
    }
    if (c == boolean.class || c == Boolean.class) {
      return true;
    }
    if (c == BigDecimal.class) {
      return new BigDecimal("12.5");
    }
    if (c == LocalDate.class) {
      return LocalDate.of(2026, 3, 8);
    }
    if (c == YearMonth.class) {
      return YearMonth.of(2026, 3);
    }
    if (c == Instant.class) {
      return Instant.parse("2026-03-08T02:30:00Z");
    }
    if (c.isEnum()) {
      return c.getEnumConstants()[0];
    }
    if (c.isRecord()) {
      RecordComponent[] parts = c.getRecordComponents();
      Object[] values = new Object[parts.length];
      Class<?>[] types = new Class<?>[parts.length];
      for (int i = 0; i < parts.length; i++) {
        // a one-field wrapper (an id type) is named after the field that holds it
        String part = parts.length == 1 ? name : parts[i].getName();
        values[i] = sample(parts[i].getGenericType(), part);
        types[i] = parts[i].getType();
      }
      try {
        return c.getDeclaredConstructor(types).newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("no sample of " + c.getName() + ": " + e.getCause(), e);
      }
    }
    throw new IllegalArgumentException("no sample of " + c.getName() + " (" + name + ")");
  }
}
