package vn.congdoan.membership.query;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an officer types to find a member: part of the name, with or without its marks ("nguyen thi
 * anh" finds "Nguyễn Thị Ánh"; "đ" and "d" are one letter here), or part of the member id.
 */
final class RosterSearch {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final String folded;

  RosterSearch(String text) {
    this.folded = fold(text);
  }

  boolean isEmpty() {
    return folded.isEmpty();
  }

  boolean matches(String memberId, String fullName) {
    return fold(memberId).contains(folded) || (fullName != null && fold(fullName).contains(folded));
  }

  /** Lower case, without tone or vowel marks, đ as d, one space between words. */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return SPACES
        .matcher(bare.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT))
        .replaceAll(" ")
        .strip();
  }
}
