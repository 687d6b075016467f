package vn.congdoan.membership.web.roster;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.ImportLine;
import vn.congdoan.membership.api.ImportResult.Rejection;
import vn.congdoan.membership.api.MemberStatus;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.Position;
import vn.congdoan.membership.api.RosterEntry;
import vn.congdoan.membership.web.roster.RosterFile.BadRosterException;
import vn.congdoan.membership.web.roster.RosterFile.Parsed;
import vn.congdoan.platform.api.MemberId;

/** Rosters as officers keep them: Vietnamese headings, Excel workbooks, and what we export. */
class RosterFileVietnameseTest {
  static final LocalDate TODAY = RosterFileTest.TODAY;
  static final String HEADINGS =
      "Họ và tên,Giới tính,Ngày sinh,Tổ công đoàn,Ngày vào Công đoàn,Chức vụ";

  static Parsed parse(byte[] file, Locale language) {
    return new RosterFile(TODAY, language, line -> "new-" + line).parse(file);
  }

  @Test
  void vietnameseHeadingsWithoutIdsAdmitEachLineUnderAnIdOfItsLine() {
    Parsed parsed =
        parse(
            (HEADINGS + "\nNguyễn Thị Lan,Nữ,5/3/1990,Tổ Văn phòng,01/09/2015,Tổ trưởng\n")
                .getBytes(UTF_8),
            Locale.forLanguageTag("vi"));

    assertThat(parsed.rejected()).isEmpty();
    assertThat(parsed.lines())
        .containsExactly(
            new ImportLine(
                2,
                new MemberId("new-2"),
                "Tổ Văn phòng",
                new PersonalData("Nguyễn Thị Lan", LocalDate.of(1990, 3, 5), null, null),
                Gender.FEMALE,
                LocalDate.of(2015, 9, 1),
                Position.GROUP_LEADER,
                false));
  }

  @Test
  void badLinesAreExplainedInVietnameseNamingTheHeadings() {
    Parsed parsed =
        parse(
            (HEADINGS
                    + "\n,Nữ,5/3/1990,Tổ 1,01/09/2015,\n"
                    + "Lê Văn Hùng,Không rõ,31/02/1990,Tổ 1,01/09/2015,Giám đốc\n")
                .getBytes(UTF_8),
            Locale.forLanguageTag("vi"));

    assertThat(parsed.rejected())
        .containsExactly(
            new Rejection(2, "thiếu Họ và tên"),
            new Rejection(
                3,
                "Giới tính 'Không rõ' không rõ (Nam hoặc Nữ); Ngày sinh '31/02/1990' không phải"
                    + " ngày hợp lệ (ngày/tháng/năm); Chức vụ 'Giám đốc' không có trong danh mục"
                    + " (Chủ tịch, Phó Chủ tịch, Ủy viên Ban Chấp hành, Ủy viên Ủy ban Kiểm tra,"
                    + " Tổ trưởng)"));
    assertThatThrownBy(() -> parse("Họ tên,Giới tính\n".getBytes(UTF_8), Locale.ROOT))
        .isInstanceOf(BadRosterException.class)
        .hasMessageStartingWith(
            "Dòng tiêu đề thiếu cột Ngày sinh, Tổ công đoàn, Ngày vào Công đoàn, Chức vụ;");
  }

  @Test
  void anExcelWorkbookIsReadFromItsFirstSheetBelowItsTitle() throws IOException {
    byte[] xlsx;
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("DS");
      sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐOÀN VIÊN NĂM 2025");
      Row header = sheet.createRow(2);
      String[] headings = (HEADINGS + ",Số điện thoại").split(",");
      for (int c = 0; c < headings.length; c++) {
        header.createCell(c).setCellValue(headings[c]);
      }
      Row row = sheet.createRow(3);
      row.createCell(0).setCellValue("Trần Văn Bình");
      row.createCell(1).setCellValue("Nam");
      row.createCell(2).setCellValue(LocalDate.of(1985, 12, 31));
      row.getCell(2).setCellStyle(dateStyle(book));
      row.createCell(3).setCellValue("to-1");
      row.createCell(4).setCellValue("15/08/2010");
      row.createCell(6).setCellValue("0912345678");
      sheet.createRow(4).createCell(0).setCellValue("Ngô Thị Hà");
      book.write(out);
      xlsx = out.toByteArray();
    }

    Parsed parsed = parse(xlsx, Locale.ENGLISH);

    assertThat(parsed.lines()).hasSize(1);
    ImportLine line = parsed.lines().get(0);
    assertThat(line.line()).as("Excel's own row number").isEqualTo(4);
    assertThat(line.personal())
        .isEqualTo(
            new PersonalData("Trần Văn Bình", LocalDate.of(1985, 12, 31), "0912345678", null));
    assertThat(line.joinedOn()).isEqualTo(LocalDate.of(2010, 8, 15));
    assertThat(parsed.rejected()).extracting(Rejection::line).containsExactly(5);
  }

  @Test
  void aDamagedWorkbookIsRefusedAsAWhole() {
    byte[] notReally = {'P', 'K', 3, 4, 1, 2, 3};
    assertThatThrownBy(() -> parse(notReally, Locale.forLanguageTag("vi")))
        .isInstanceOf(BadRosterException.class)
        .hasMessageStartingWith("Không mở được tệp Excel (.xlsx)");
  }

  @Test
  void anExportedRosterImportsAgainUnchanged() {
    List<RosterEntry> members =
        List.of(
            entry("m-lan", "Nguyễn Thị Lan", Gender.FEMALE, "+84912345678", Position.CHAIR, true),
            entry("m-an", "=Trần Văn An", Gender.MALE, null, null, false));

    for (byte[] file : List.of(RosterExport.csv(members), RosterExport.xlsx(members))) {
      Parsed parsed = parse(file, Locale.forLanguageTag("vi"));
      assertThat(parsed.rejected()).isEmpty();
      assertThat(parsed.lines())
          .containsExactly(
              line(
                  2,
                  "m-lan",
                  "Nguyễn Thị Lan",
                  Gender.FEMALE,
                  "+84912345678",
                  Position.CHAIR,
                  true),
              line(3, "m-an", "=Trần Văn An", Gender.MALE, null, null, false));
    }
  }

  private static RosterEntry entry(
      String id, String name, Gender g, String phone, Position p, boolean honorary) {
    return new RosterEntry(
        new MemberId(id),
        name,
        LocalDate.of(1990, 1, 2),
        phone,
        null,
        false,
        g,
        1990,
        new GroupId("to-1"),
        "Tổ Một",
        p,
        honorary,
        MemberStatus.ACTIVE,
        LocalDate.of(2012, 3, 4),
        LocalDate.of(2020, 1, 1),
        null,
        null,
        null);
  }

  private static ImportLine line(
      int n, String id, String name, Gender g, String phone, Position p, boolean honorary) {
    return new ImportLine(
        n,
        new MemberId(id),
        "Tổ Một",
        new PersonalData(name, LocalDate.of(1990, 1, 2), phone, null),
        g,
        LocalDate.of(2012, 3, 4),
        p,
        honorary);
  }

  private static org.apache.poi.ss.usermodel.CellStyle dateStyle(XSSFWorkbook book) {
    var style = book.createCellStyle();
    style.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
    return style;
  }
}
