package vn.congdoan.platform.api;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The texts of {@link Refusal}s. Every module's bundle has the same name, so they are not read as
 * one {@link java.util.ResourceBundle} (which would see only the first on the class path) but all
 * together, once per language, as UTF-8.
 */
final class RefusalTexts {
  private static final String BUNDLE = "refusals";
  private static final String VIETNAMESE = "vi";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
  private static final Pattern OPENING = Pattern.compile("\\{(\\d+)\\}");
  private static final Map<String, Map<String, String>> BY_SUFFIX = new ConcurrentHashMap<>();

  private RefusalTexts() {}

  static String format(Refusal refusal, Locale locale) {
    if (refusal.key().equals(Refusal.ALL)) {
      return refusal.args().stream()
          .map(r -> ((Refusal) r).in(locale))
          .collect(Collectors.joining("; "));
    }
    String pattern = pattern(refusal.key(), locale);
    if (pattern == null) {
      // A key no bundle has is a mistake the bundles' tests catch; still say what is known.
      return refusal.key() + " " + refusal.args();
    }
    Object[] values = refusal.args().stream().map(a -> shown(a, locale)).toArray();
    // A text that opens with another refusal ("{0} not found in {1}") opens a sentence with it.
    Matcher opening = OPENING.matcher(pattern);
    if (opening.lookingAt()) {
      int i = Integer.parseInt(opening.group(1));
      if (i < values.length && refusal.args().get(i) instanceof Refusal) {
        values[i] = capitalized((String) values[i]);
      }
    }
    return new MessageFormat(pattern, Locale.ROOT).format(values);
  }

  private static String capitalized(String text) {
    if (text.isEmpty()) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toTitleCase(first))
        .append(text, Character.charCount(first), text.length())
        .toString();
  }

  private static String pattern(String key, Locale locale) {
    String language = locale.getLanguage();
    if (!language.isEmpty() && !language.equals(Locale.ENGLISH.getLanguage())) {
      String own = texts("_" + language).get(key);
      if (own != null) {
        return own;
      }
    }
    return texts("").get(key);
  }

  /** English writes values as they always were written; Vietnamese as its readers write them. */
  private static String shown(Object arg, Locale locale) {
    if (arg instanceof Refusal r) {
      return r.in(locale);
    }
    if (!locale.getLanguage().equals(VIETNAMESE)) {
      return arg.toString();
    }
    if (arg instanceof LocalDate day) {
      return DAY.format(day);
    }
    if (arg instanceof YearMonth month) {
      return MONTH.format(month);
    }
    if (arg instanceof Refusal.Vnd vnd) {
      return Refusal.vietnameseVnd(vnd.amount());
    }
    return arg.toString();
  }

  private static Map<String, String> texts(String suffix) {
    return BY_SUFFIX.computeIfAbsent(suffix, RefusalTexts::load);
  }

  private static Map<String, String> load(String suffix) {
    Map<String, String> texts = new HashMap<>();
    try {
      ClassLoader loader = RefusalTexts.class.getClassLoader();
      for (URL url : Collections.list(loader.getResources(BUNDLE + suffix + ".properties"))) {
        Properties bundle = new Properties();
        try (Reader in = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
          bundle.load(in);
        }
        bundle.forEach((key, text) -> texts.put((String) key, (String) text));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the " + BUNDLE + " bundles", e);
    }
    return Map.copyOf(texts);
  }
}
