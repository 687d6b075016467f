package vn.congdoan.platform.api;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a refusal tells its caller, kept as a key of the {@code refusals} bundles and the values its
 * text names, so that it can be told in the caller's language when it is answered, long after and
 * far from where it was raised. The English text ({@link #english()}) is what the exception's
 * message says, for logs and for callers that ask for English.
 *
 * <p>Each module keeps its texts in {@code refusals.properties} (English) and {@code
 * refusals_vi.properties} at the root of its class path, keys prefixed with the module's name; all
 * of them on the class path are read together. Values are put in with {@link
 * java.text.MessageFormat}, so a text writes an apostrophe as {@code ''}.
 *
 * @param key the text's key in the bundles
 * @param args what the text names: strings, and the few kinds each language writes its own way
 *     (days, months, amounts of money and other refusals)
 */
public record Refusal(String key, List<Object> args) implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The key of {@link #all}: never a bundle's, as every bundle key has a module's prefix. */
  static final String ALL = "all";

  public Refusal {
    args = args.stream().map(Refusal::kept).toList();
  }

  /**
   * The refusal named {@code key}. Numbers, ids and enum values are put in as their plain {@code
   * toString()} (a year stays 2024, never 2,024); days and months as each language writes them.
   */
  public static Refusal of(String key, Object... args) {
    return new Refusal(key, Arrays.asList(args));
  }

  /** Several refusals told at once, one after the other, separated by semicolons. */
  public static Refusal all(List<Refusal> each) {
    return new Refusal(ALL, List.copyOf(each));
  }

  /** An amount of money: its digits in English, as it always was; 1.500.000 in Vietnamese. */
  public static Object vnd(long amount) {
    return new Vnd(amount);
  }

  /** An amount as Vietnamese readers write it: 1.500.000. */
  public static String vietnameseVnd(long amount) {
    return String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
  }

  /** The text in English: what the exception's message says. */
  public String english() {
    return in(Locale.ENGLISH);
  }

  /** The text in {@code locale}'s language where a bundle has it, else in English. */
  public String in(Locale locale) {
    return RefusalTexts.format(this, locale);
  }

  @Override
  public String toString() {
    return english();
  }

  /** Only what every language writes its own way is kept as it is; the rest as the text it is. */
  private static Object kept(Object arg) {
    return arg instanceof LocalDate
            || arg instanceof YearMonth
            || arg instanceof Vnd
            || arg instanceof Refusal
        ? arg
        : String.valueOf(arg);
  }

  record Vnd(long amount) implements Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public String toString() {
      return Long.toString(amount);
    }
  }
}
