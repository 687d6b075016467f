package vn.congdoan.platform.infra.input;

import java.text.Normalizer;
import java.util.Optional;
import vn.congdoan.platform.api.Refusal;

/**
 * What text the record can keep faithfully. Events are hashed as Java strings and stored as UTF-8:
 * a lone surrogate has no UTF-8 form, so it would be stored as other bytes than were hashed and the
 * chain would report the record changed forever. Control characters are invisible in every screen
 * and document, so they hide what a text says. Everything kept is in NFC, so "Nguyễn" typed on two
 * keyboards is one name, not two.
 */
public final class Text {
  private Text() {}

  /** The text as it is kept (NFC), or refused with why: see {@link #refusal}. */
  public static String accept(String text, boolean prose) {
    Optional<String> why = refusal(text, prose);
    if (why.isPresent()) {
      throw new IllegalArgumentException(why.get());
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Why a text cannot be kept, if it cannot: a lone surrogate, a control character (in prose, line
   * breaks and tabs are allowed), or a code point Unicode reserves as "not a character".
   */
  public static Optional<String> refusal(String text, boolean prose) {
    return why(text, prose).map(Refusal::english);
  }

  /** As {@link #refusal}, to be told in the caller's language. */
  public static Optional<Refusal> why(String text, boolean prose) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int at = text.codePointCount(0, i) + 1;
      if (Character.getType(c) == Character.SURROGATE) {
        return Optional.of(Refusal.of("platform.input.surrogate", at));
      }
      if (Character.getType(c) == Character.CONTROL && !(prose && isLineBreakOrTab(c))) {
        String code = String.format("%04X", c);
        return Optional.of(
            prose
                ? Refusal.of("platform.input.control", code, at)
                : Refusal.of("platform.input.control-short-text", code, at));
      }
      if ((c & 0xFFFE) == 0xFFFE || (c >= 0xFDD0 && c <= 0xFDEF)) {
        return Optional.of(
            Refusal.of("platform.input.non-character", String.format("%04X", c), at));
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  /** A new line (Unix or Windows) or a tab: what prose may hold besides printable text. */
  private static boolean isLineBreakOrTab(int c) {
    return c == '\n' || c == '\r' || c == '\t';
  }
}
