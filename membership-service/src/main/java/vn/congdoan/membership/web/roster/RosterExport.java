package vn.congdoan.membership.web.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.RosterEntry;
import vn.congdoan.platform.infra.web.CsvCells;

/**
 * The roster as a file an officer opens in Excel and can import again unchanged: the Vietnamese
 * headings, the group by its name, dates as dd/MM/yyyy (real dates in the workbook), Nam/Nữ and the
 * office's Vietnamese name. An erased member's personal fields are empty, as everywhere.
 */
public final class RosterExport {
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

  private RosterExport() {}

  /** UTF-8 with the byte order mark Excel needs to read Vietnamese from a CSV. */
  public static byte[] csv(List<RosterEntry> members) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      printer.printRecord(headings());
      for (RosterEntry m : members) {
        List<Object> cells = new ArrayList<>();
        for (Object cell : cells(m)) {
          cells.add(cell instanceof LocalDate day ? DAY.format(day) : CsvCells.safe(cell));
        }
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, file, 0, BOM.length);
    System.arraycopy(text, 0, file, BOM.length, text.length);
    return file;
  }

  public static byte[] xlsx(List<RosterEntry> members) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Danh sách đoàn viên");
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      CellStyle day = book.createCellStyle();
      day.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
      List<String> headings = headings();
      Row header = sheet.createRow(0);
      for (int c = 0; c < headings.size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(headings.get(c));
        cell.setCellStyle(bold);
        sheet.setColumnWidth(c, (c == 1 ? 28 : 16) * 256);
      }
      sheet.createFreezePane(0, 1);
      int r = 1;
      for (RosterEntry m : members) {
        Row row = sheet.createRow(r++);
        List<Object> cells = cells(m);
        for (int c = 0; c < cells.size(); c++) {
          Object value = cells.get(c);
          if (value instanceof LocalDate date) {
            Cell cell = row.createCell(c);
            cell.setCellValue(date);
            cell.setCellStyle(day);
          } else if (value != null) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> headings() {
    return List.of(RosterColumn.values()).stream().map(c -> c.label).toList();
  }

  /** In the order of {@link RosterColumn}. */
  private static List<Object> cells(RosterEntry m) {
    List<Object> cells = new ArrayList<>();
    cells.add(m.memberId().value());
    cells.add(m.fullName());
    cells.add(m.gender() == null ? null : m.gender() == Gender.FEMALE ? "Nữ" : "Nam");
    cells.add(m.dateOfBirth());
    cells.add(m.groupName() == null ? GroupId.valueOf(m.groupId()) : m.groupName());
    cells.add(m.firstJoinedOn() == null ? m.since() : m.firstJoinedOn());
    cells.add(m.position() == null ? null : PositionLabels.label(m.position()));
    cells.add(m.phone());
    cells.add(m.email());
    cells.add(m.honorary() ? "Có" : "Không");
    return cells;
  }
}
