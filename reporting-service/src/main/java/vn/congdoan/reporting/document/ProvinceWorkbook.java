package vn.congdoan.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.congdoan.reporting.query.ProvinceSummary.BranchFigures;

/**
 * The province roll-up (.xlsx): a row per branch with its key figures and a totals row of SUM
 * formulas carrying their values, so the sheet reads right before Excel recalculates it. Streamed
 * (SXSSF, whose close() also deletes its temporary files): a province has thousands of branches.
 */
public final class ProvinceWorkbook {
  private static final String NUMBER = "#,##0";
  private static final String DATE = "dd/mm/yyyy";
  private static final int CHARACTER = 256;
  private static final int ROWS_IN_MEMORY = 100;

  private record Column(String heading, int width, ToLongFunction<BranchFigures> figure) {}

  private static final List<Column> FIGURES =
      List.of(
          new Column("Số tổ", 8, BranchFigures::groups),
          new Column("Đoàn viên", 11, BranchFigures::members),
          new Column("Nam", 8, BranchFigures::male),
          new Column("Nữ", 8, BranchFigures::female),
          new Column("Kết nạp", 9, BranchFigures::joined),
          new Column("Giảm", 8, BranchFigures::left),
          new Column("Lượt chăm lo", 13, BranchFigures::welfareRecipients),
          new Column("Tiền chăm lo (đồng)", 18, BranchFigures::welfareVnd),
          new Column("Ủng hộ (đồng)", 16, BranchFigures::donationsVnd),
          new Column("Thu", 16, BranchFigures::incomeVnd),
          new Column("Chi", 16, BranchFigures::expenseVnd),
          new Column("Nộp cấp trên", 16, BranchFigures::remittedVnd),
          new Column("Tồn", 16, BranchFigures::balanceVnd));

  /** Branch name and upper union come before the figures; the dissolution date after them. */
  private static final int FIRST_FIGURE = 2;

  public byte[] write(int year, List<BranchFigures> branches) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Tổng hợp " + year);
      CellStyle header = header(book);
      CellStyle number = book.createCellStyle();
      number.setDataFormat(book.createDataFormat().getFormat(NUMBER));
      CellStyle date = book.createCellStyle();
      date.setDataFormat(book.createDataFormat().getFormat(DATE));
      Row head = sheet.createRow(0);
      text(head, 0, "Công đoàn cơ sở", header);
      text(head, 1, "Công đoàn cấp trên", header);
      sheet.setColumnWidth(0, 48 * CHARACTER);
      sheet.setColumnWidth(1, 30 * CHARACTER);
      for (int c = 0; c < FIGURES.size(); c++) {
        text(head, FIRST_FIGURE + c, FIGURES.get(c).heading(), header);
        sheet.setColumnWidth(FIRST_FIGURE + c, FIGURES.get(c).width() * CHARACTER);
      }
      int dissolved = FIRST_FIGURE + FIGURES.size();
      text(head, dissolved, "Giải thể ngày", header);
      sheet.setColumnWidth(dissolved, 14 * CHARACTER);
      sheet.createFreezePane(0, 1);
      long[] totals = new long[FIGURES.size()];
      for (int r = 0; r < branches.size(); r++) {
        BranchFigures s = branches.get(r);
        Row row = sheet.createRow(r + 1);
        text(row, 0, s.name(), null);
        text(row, 1, s.parentUnion(), null);
        for (int c = 0; c < FIGURES.size(); c++) {
          long value = FIGURES.get(c).figure().applyAsLong(s);
          totals[c] += value;
          Cell cell = row.createCell(FIRST_FIGURE + c);
          cell.setCellValue(value);
          cell.setCellStyle(number);
        }
        if (s.dissolvedOn() != null) {
          Cell cell = row.createCell(dissolved);
          cell.setCellValue(s.dissolvedOn());
          cell.setCellStyle(date);
        }
      }
      totals(sheet, branches.size(), totals, header, book);
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void totals(
      Sheet sheet, int branches, long[] totals, CellStyle bold, SXSSFWorkbook book) {
    CellStyle total = book.createCellStyle();
    total.cloneStyleFrom(bold);
    total.setDataFormat(book.createDataFormat().getFormat(NUMBER));
    Row row = sheet.createRow(branches + 1);
    text(row, 0, "Tổng cộng (" + branches + " công đoàn cơ sở)", bold);
    for (int c = 0; c < totals.length; c++) {
      String column = CellReference.convertNumToColString(FIRST_FIGURE + c);
      Cell cell = row.createCell(FIRST_FIGURE + c);
      cell.setCellFormula(
          branches == 0 ? "0" : "SUM(%s2:%s%d)".formatted(column, column, branches + 1));
      cell.setCellValue(totals[c]);
      cell.setCellStyle(total);
    }
  }

  private static CellStyle header(SXSSFWorkbook book) {
    Font font = book.createFont();
    font.setBold(true);
    CellStyle style = book.createCellStyle();
    style.setFont(font);
    style.setWrapText(true);
    return style;
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }
}
