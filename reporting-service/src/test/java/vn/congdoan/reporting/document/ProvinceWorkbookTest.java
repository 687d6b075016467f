package vn.congdoan.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.reporting.query.EventMother;
import vn.congdoan.reporting.query.ReportYear;

class ProvinceWorkbookTest {
  private static final List<String> HEADINGS =
      List.of(
          "Công đoàn cơ sở",
          "Công đoàn cấp trên",
          "Số tổ",
          "Đoàn viên",
          "Nam",
          "Nữ",
          "Kết nạp",
          "Giảm",
          "Lượt chăm lo",
          "Tiền chăm lo (đồng)",
          "Ủng hộ (đồng)",
          "Thu",
          "Chi",
          "Nộp cấp trên",
          "Tồn",
          "Giải thể ngày");

  private final ReportFixture fixture = new ReportFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void aRowPerBranchUnderAFrozenBoldHeaderAndSummedTotals() throws IOException {
    var events = new EventMother();
    fixture.model.apply(ModelBranchMother.events());
    fixture.model.apply(
        events.branchRegistered("so-tai-chinh", "Công đoàn cơ sở Sở Tài chính"),
        events.groupAdded("so-tai-chinh", "to-1", "Tổ Ngân sách"),
        events.memberAdmitted(
            "so-tai-chinh", "thuy", "Lê Thị Thủy", Gender.FEMALE, "to-1", LocalDate.of(2024, 2, 1)),
        events.income("so-tai-chinh", 3_000_000, LocalDate.of(2024, 3, 3)),
        events.branchRegistered("so-y-te", "Công đoàn cơ sở Sở Y tế", "Công đoàn ngành Y tế"));
    var branches = fixture.model.summaries.forProvince(new ReportYear(2024), null).branches();

    byte[] bytes = new ProvinceWorkbook().write(2024, branches);

    try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Tổng hợp 2024");
      assertThat(texts(sheet.getRow(0))).containsExactlyElementsOf(HEADINGS);
      assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getLastRowNum()).as("header, three branches, totals").isEqualTo(4);
      assertThat(texts(sheet.getRow(1)).subList(0, 2))
          .containsExactly("Công đoàn cơ sở Sở Tài chính", "Công đoàn Viên chức tỉnh");
      assertThat(texts(sheet.getRow(2)).subList(0, 2))
          .containsExactly("Công đoàn cơ sở Sở Y tế", "Công đoàn ngành Y tế");
      Row model = sheet.getRow(3);
      assertThat(model.getCell(0).getStringCellValue()).isEqualTo(ModelBranchMother.NAME);
      assertThat(numbers(model, 2, 7)).containsExactly(4.0, 46.0, 30.0, 16.0, 2.0, 1.0);
      assertThat(model.getCell(10).getNumericCellValue()).isEqualTo(136_225_000.0);
      assertThat(new DataFormatter().formatCellValue(model.getCell(10))).isEqualTo("136,225,000");
      assertThat(model.getCell(15).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(ModelBranchMother.DISSOLVED_ON);
      assertThat(sheet.getRow(1).getCell(15)).isNull();
      Row totals = sheet.getRow(4);
      assertThat(totals.getCell(0).getStringCellValue()).startsWith("Tổng cộng");
      assertThat(totals.getCell(3).getCellType()).isEqualTo(CellType.FORMULA);
      assertThat(totals.getCell(3).getCellFormula()).isEqualTo("SUM(D2:D4)");
      assertThat(totals.getCell(3).getNumericCellValue()).as("cached").isEqualTo(47.0);
      assertThat(totals.getCell(11).getNumericCellValue())
          .isEqualTo(3_000_000.0 + model.getCell(11).getNumericCellValue());
      assertThat(totals.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
      var evaluator = book.getCreationHelper().createFormulaEvaluator();
      for (int c = 2; c < 15; c++) {
        assertThat(evaluator.evaluate(totals.getCell(c)).getNumberValue())
            .as("column %d", c)
            .isEqualTo(totals.getCell(c).getNumericCellValue());
      }
    }
  }

  @Test
  void withoutBranchesTheTotalsAreZero() throws IOException {
    byte[] bytes = new ProvinceWorkbook().write(2024, List.of());

    try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Row totals = book.getSheetAt(0).getRow(1);
      assertThat(totals.getCell(3).getNumericCellValue()).isZero();
    }
  }

  private static List<String> texts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(new DataFormatter().formatCellValue(cell)));
    return texts;
  }

  private static List<Double> numbers(Row row, int from, int to) {
    List<Double> numbers = new ArrayList<>();
    for (int c = from; c <= to; c++) {
      numbers.add(row.getCell(c).getNumericCellValue());
    }
    return numbers;
  }
}
