package vn.congdoan.membership.web.roster;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What is wrong with a roster file, in the language of whoever sent it: Vietnamese, or English when
 * asked for (roster-messages*.properties). Arguments are passed as text so that MessageFormat does
 * not print a line number as "1.234".
 */
final class RosterMessages {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  // After NO_FALLBACK, which they are built with.
  static final RosterMessages ENGLISH = new RosterMessages(Locale.ROOT);
  static final RosterMessages VIETNAMESE = new RosterMessages(Locale.forLanguageTag("vi"));

  private final Locale locale;
  private final ResourceBundle bundle;

  private RosterMessages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("roster-messages", locale, NO_FALLBACK);
  }

  /** Vietnamese unless {@code locale} is English. */
  static RosterMessages in(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
  }

  boolean english() {
    return this == ENGLISH;
  }

  String say(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  /** How a column is named to the reader: its API name in English, its heading in Vietnamese. */
  String name(RosterColumn column) {
    return english() ? column.key : column.label;
  }
}
