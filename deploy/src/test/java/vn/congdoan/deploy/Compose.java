package vn.congdoan.deploy;

import static vn.congdoan.deploy.DeployFiles.list;
import static vn.congdoan.deploy.DeployFiles.map;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** compose/compose.yaml and compose/.env.example, read as docker compose reads them. */
final class Compose {
  static final String FILE = "compose/compose.yaml";
  static final String ENV_EXAMPLE = "compose/.env.example";

  /** ${VAR}, ${VAR:-default}, ${VAR:?message}; $${...} is an escaped dollar, not a variable. */
  private static final Pattern VARIABLE =
      Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(?::?[-?+])[^}]*)?}");

  private Compose() {}

  static Map<String, Object> file() {
    return DeployFiles.yaml(FILE);
  }

  /** Service name to its definition, merge keys (<<: *anchor) resolved. */
  static Map<String, Map<String, Object>> services() {
    var services = new LinkedHashMap<String, Map<String, Object>>();
    map(file().get("services")).forEach((name, body) -> services.put(name, map(body)));
    return services;
  }

  /** A service's environment in the mapping form this project uses, values as strings. */
  static Map<String, String> environment(Map<String, Object> service) {
    var env = new LinkedHashMap<String, String>();
    map(service.get("environment")).forEach((k, v) -> env.put(k, String.valueOf(v)));
    return env;
  }

  static String image(Map<String, Object> service) {
    return String.valueOf(service.get("image"));
  }

  /** A service that runs once and stops: started again by nothing but the next `up`. */
  static boolean oneShot(Map<String, Object> service) {
    return "no".equals(String.valueOf(service.get("restart")));
  }

  /** Every variable the compose file interpolates. */
  static Set<String> variablesUsed() {
    return variables(DeployFiles.read(FILE));
  }

  static Set<String> variables(String text) {
    var names = new LinkedHashSet<String>();
    Matcher m = VARIABLE.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** ${VAR:?message} and ${VAR:-default} read as ${VAR}, to compare values by their variables. */
  static String plain(String value) {
    return VARIABLE
        .matcher(value)
        .replaceAll(r -> Matcher.quoteReplacement("${" + r.group(1) + "}"));
  }

  /** The lines of .env.example: each assignment with the comment lines right above it. */
  record ExampleVariable(String name, String value, List<String> comment) {}

  static Map<String, ExampleVariable> example() {
    var variables = new LinkedHashMap<String, ExampleVariable>();
    var comment = new java.util.ArrayList<String>();
    for (String line : DeployFiles.read(ENV_EXAMPLE).split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#")) {
        comment.add(trimmed);
      } else if (trimmed.isEmpty()) {
        comment.clear();
      } else {
        int eq = trimmed.indexOf('=');
        if (eq < 1) {
          throw new IllegalStateException(ENV_EXAMPLE + ": not an assignment: " + line);
        }
        String name = trimmed.substring(0, eq);
        variables.put(
            name, new ExampleVariable(name, trimmed.substring(eq + 1), List.copyOf(comment)));
        comment.clear();
      }
    }
    return variables;
  }

  /** Short volume syntax "source:target[:mode]" split into its parts. */
  record Mount(String source, String target, boolean readOnly) {
    boolean named() {
      return !source.startsWith(".") && !source.startsWith("/");
    }
  }

  static List<Mount> mounts(Map<String, Object> service) {
    return list(service.get("volumes")).stream()
        .map(String::valueOf)
        .map(
            v -> {
              String[] parts = v.split(":");
              return new Mount(parts[0], parts[1], parts.length > 2 && parts[2].equals("ro"));
            })
        .toList();
  }
}
