package vn.congdoan.platform.infra.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Holds a module's refusal texts to its code: every {@code Refusal.of("key", …)} in its main
 * sources names a key both its bundles have, with as many values as the text has places; the
 * English and Vietnamese bundles have the same keys, each with the same places, and none that the
 * code no longer uses. Shared with the services as platform-infra's test jar.
 */
public final class RefusalBundleCheck {
  private static final Pattern USE = Pattern.compile("Refusal\\.of\\(");
  private static final Pattern PLACE = Pattern.compile("\\{(\\d+)[^}]*}");

  private RefusalBundleCheck() {}

  /** Checks the module at {@code module} (its base directory), whose keys start {@code prefix.}. */
  public static void check(Path module, String prefix) throws IOException {
    Path resources = module.resolve("src/main/resources");
    Map<String, String> english = read(resources.resolve("refusals.properties"));
    Map<String, String> vietnamese = read(resources.resolve("refusals_vi.properties"));
    Map<String, Integer> uses = uses(module.resolve("src/main/java"));
    List<String> problems = new ArrayList<>();
    Set<String> keys = new TreeSet<>(english.keySet());
    keys.addAll(vietnamese.keySet());
    for (String key : keys) {
      if (!english.containsKey(key) || !vietnamese.containsKey(key)) {
        problems.add(key + " is in one bundle only");
        continue;
      }
      if (!key.startsWith(prefix + ".")) {
        problems.add(key + " does not start with " + prefix + ".");
      }
      if (!uses.containsKey(key)) {
        problems.add(key + " is used nowhere in the code");
      }
      if (english.get(key).equals(vietnamese.get(key))) {
        problems.add(key + " is not translated");
      }
      Set<Integer> places = places(key, english.get(key), problems);
      if (!places.equals(places(key, vietnamese.get(key), problems))) {
        problems.add(key + " has other places in English than in Vietnamese");
      }
    }
    uses.forEach(
        (key, values) -> {
          if (key.isEmpty()) {
            problems.add("a Refusal.of whose key is not written out where it is used");
          } else if (!english.containsKey(key) || !vietnamese.containsKey(key)) {
            problems.add(key + " is used in the code but missing from a bundle");
          } else if (values >= 0 && values != places(key, english.get(key), problems).size()) {
            problems.add(key + " is given " + values + " values for " + english.get(key));
          }
        });
    if (!problems.isEmpty()) {
      throw new AssertionError(String.join("\n", problems));
    }
  }

  private static Map<String, String> read(Path bundle) throws IOException {
    Properties texts = new Properties();
    try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
      texts.load(in);
    }
    Map<String, String> read = new TreeMap<>();
    texts.forEach((key, text) -> read.put((String) key, (String) text));
    return read;
  }

  /**
   * The places {0}, {1}… of a text, which must be numbered from 0 without a gap; a lone apostrophe
   * would silently swallow text, so only a doubled one is allowed.
   */
  private static Set<Integer> places(String key, String text, List<String> problems) {
    if (text.replace("''", "").contains("'")) {
      problems.add(key + " has a lone apostrophe (write '')");
    }
    try {
      new MessageFormat(text);
    } catch (IllegalArgumentException e) {
      problems.add(key + " is not a MessageFormat pattern: " + e.getMessage());
    }
    Set<Integer> places = new TreeSet<>();
    Matcher m = PLACE.matcher(text);
    while (m.find()) {
      places.add(Integer.parseInt(m.group(1)));
    }
    if (!places.isEmpty() && places.size() != ((TreeSet<Integer>) places).last() + 1) {
      problems.add(key + " skips a place");
    }
    return places;
  }

  /** Each key used in the sources, with how many values it is given (-1: sometimes another). */
  private static Map<String, Integer> uses(Path sources) throws IOException {
    Map<String, Integer> uses = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> all = Files.walk(sources)) {
      files = all.filter(f -> f.toString().endsWith(".java")).toList();
    }
    for (Path file : files) {
      String code = Files.readString(file, StandardCharsets.UTF_8);
      Matcher m = USE.matcher(code);
      while (m.find()) {
        SourceCall call = SourceCall.at(code, m.end());
        if (call != null) {
          uses.merge(call.key(), call.values(), (a, b) -> a.equals(b) ? a : -1);
        }
      }
    }
    return uses;
  }
}
