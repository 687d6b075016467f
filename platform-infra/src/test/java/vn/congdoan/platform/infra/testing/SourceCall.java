package vn.congdoan.platform.infra.testing;

/**
 * A {@code Refusal.of(…)} as written in a source file: its key (empty when it is not a string
 * literal) and how many values follow it. Reads just enough Java to count the arguments: nested
 * brackets, string and character literals.
 */
record SourceCall(String key, int values) {

  /** The call whose arguments start at {@code from}; null in a comment. */
  static SourceCall at(String code, int from) {
    int line = code.lastIndexOf('\n', from - 1) + 1;
    String before = code.substring(line, from).strip();
    if (before.startsWith("*") || before.startsWith("//") || before.startsWith("/*")) {
      return null;
    }
    int i = from;
    while (Character.isWhitespace(code.charAt(i))) {
      i++;
    }
    String key = "";
    if (code.charAt(i) == '"') {
      int end = literalEnd(code, i);
      key = code.substring(i + 1, end - 1);
      i = end;
    }
    int depth = 0;
    int values = 0;
    for (; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"' || c == '\'') {
        i = literalEnd(code, i) - 1;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          break;
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        values++;
      }
    }
    return new SourceCall(key, values);
  }

  /** Just past the string or character literal that starts at {@code start}. */
  private static int literalEnd(String code, int start) {
    char quote = code.charAt(start);
    int i = start + 1;
    while (code.charAt(i) != quote) {
      i += code.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }
}
