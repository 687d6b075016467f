package vn.congdoan.local;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} pairs; a name may repeat (--role). Anything else is a usage error. */
final class StackArgs {

  private final Map<String, List<String>> values = new HashMap<>();

  private StackArgs() {}

  static StackArgs parse(List<String> args, Set<String> known) {
    StackArgs parsed = new StackArgs();
    for (int i = 0; i < args.size(); i += 2) {
      String name = args.get(i);
      if (!known.contains(name)) {
        throw new IllegalArgumentException("Unknown option: " + name);
      }
      if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
        throw new IllegalArgumentException("Missing value for " + name);
      }
      parsed.values.computeIfAbsent(name, n -> new ArrayList<>()).add(args.get(i + 1));
    }
    return parsed;
  }

  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  String get(String name, String fallback) {
    List<String> given = all(name);
    return given.isEmpty() ? fallback : given.get(given.size() - 1);
  }

  int port(String name, int fallback) {
    String value = get(name, null);
    if (value == null) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value);
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Not a port for " + name + ": " + value, e);
    }
  }
}
