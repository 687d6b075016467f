package vn.congdoan.membership.web.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.congdoan.membership.web.roster.RosterFile.BadRosterException;

/**
 * A roster file as a header and rows of text, whether it came as CSV (UTF-8) or as an Excel
 * workbook (its first sheet). Each row keeps the line number its reader sees: the CSV line, or the
 * row number Excel shows.
 */
record RosterRows(List<String> header, List<Line> lines) {
  /** {@code fields}: how many the line had, to tell a CSV line whose columns shifted. */
  record Line(int number, List<String> values, int fields) {}

  // Empty lines come through as records so that the parser's line count stays in step with ours.
  private static final CSVFormat CSV =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreHeaderCase(true)
          .setIgnoreEmptyLines(false)
          .setAllowMissingColumnNames(true)
          .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
          .setTrim(true)
          .get();

  /** An .xlsx is a ZIP archive: it starts with "PK\3\4", which no roster's text does. */
  static boolean isWorkbook(byte[] bytes) {
    return bytes.length >= 4
        && bytes[0] == 'P'
        && bytes[1] == 'K'
        && bytes[2] == 3
        && bytes[3] == 4;
  }

  static RosterRows read(byte[] bytes, RosterMessages say) {
    return isWorkbook(bytes) ? workbook(bytes, say) : csv(bytes, say);
  }

  static RosterRows csv(byte[] bytes, RosterMessages say) {
    try (CSVParser parser =
        CSVParser.parse(new StringReader(RosterBytes.decode(bytes, say)), CSV)) {
      List<String> header = parser.getHeaderNames();
      List<Line> lines = new ArrayList<>();
      long previousEnd = parser.getCurrentLineNumber();
      for (CSVRecord record : parser) {
        int number = (int) previousEnd + 1;
        previousEnd = parser.getCurrentLineNumber();
        lines.add(new Line(number, record.toList(), record.size()));
      }
      return new RosterRows(header, lines);
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      throw new BadRosterException(say.say("not-csv", cause.getMessage()));
    }
  }

  static RosterRows workbook(byte[] bytes, RosterMessages say) {
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      // A formula is read as what it showed when saved, never evaluated here.
      formatter.setUseCachedValuesForFormulaCells(true);
      List<String> header = null;
      List<Line> lines = new ArrayList<>();
      for (Row row : sheet) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
          values.add(text(row.getCell(c), formatter));
        }
        if (header == null) {
          // Title rows above the table are common; the header is the first row naming a column.
          if (values.stream().anyMatch(v -> RosterColumn.of(v).isPresent())) {
            header = values;
          }
          continue;
        }
        while (values.size() < header.size()) {
          values.add("");
        }
        lines.add(new Line(row.getRowNum() + 1, values, header.size()));
      }
      return new RosterRows(header == null ? List.of() : header, lines);
    } catch (IOException | RuntimeException e) {
      throw new BadRosterException(say.say("not-xlsx", e.getMessage()));
    }
  }

  /** A cell as the officer sees it, except a date, which is read as the day it is. */
  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    return formatter.formatCellValue(cell);
  }
}
