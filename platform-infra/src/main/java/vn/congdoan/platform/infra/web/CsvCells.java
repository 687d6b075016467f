package vn.congdoan.platform.infra.web;

/**
 * Cells of a CSV the platform hands out, made safe to open in a spreadsheet. Excel, LibreOffice and
 * Google Sheets evaluate a cell that starts with {@code = + - @} (or a tab or carriage return
 * before one) as a formula: a member's name or a correlation id {@code =HYPERLINK(…)} would become
 * a live link in the auditor's copy. Such a text gets a leading apostrophe, which spreadsheets show
 * as text and readers of the raw file can see; numbers and other values are written as they are.
 */
public final class CsvCells {
  private CsvCells() {}

  public static Object safe(Object cell) {
    return cell instanceof CharSequence text ? safe(text.toString()) : cell;
  }

  public static String safe(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\n' -> "'" + text;
      default -> text;
    };
  }
}
