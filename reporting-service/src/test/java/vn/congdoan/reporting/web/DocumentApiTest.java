package vn.congdoan.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congdoan.reporting.document.ModelBranchMother;

/** The year-end report and the province workbook over HTTP, with real tokens. */
class DocumentApiTest extends ReportingAppTestBase {
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String BRANCH = ModelBranchMother.BRANCH;
  private static final String REPORT = "/api/reports/branches/" + BRANCH + "/years/2024/document";

  record Response(int status, String contentType, String disposition, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  @BeforeAll
  static void start() {
    startWith(ModelBranchMother.events());
  }

  @Test
  void withoutAPreferenceTheOfficerGetsTheWordFileOfTheirBranch() throws IOException {
    for (String accept : new String[] {null, "*/*", "text/html, */*;q=0.8", DOCX}) {
      var response = get(REPORT, api.officer(BRANCH), accept);

      assertThat(response.status()).as(accept).isEqualTo(200);
      assertThat(response.contentType()).isEqualTo(DOCX);
      assertThat(response.disposition())
          .isEqualTo("attachment; filename=\"bao-cao-" + BRANCH + "-2024.docx\"");
      try (var docx = new XWPFDocument(new ByteArrayInputStream(response.body()));
          var text = new XWPFWordExtractor(docx)) {
        assertThat(text.getText())
            .contains("46 đoàn viên", "136.225.000 đồng", "IV. NHIỆM VỤ TRỌNG TÂM NĂM 2025");
      }
    }
  }

  @Test
  void askingForPdfGivesThePdf() throws IOException {
    var response = get(REPORT, api.staff(), "application/pdf");

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/pdf");
    assertThat(response.disposition()).contains("filename=\"bao-cao-" + BRANCH + "-2024.pdf\"");
    try (var pdf = Loader.loadPDF(response.body())) {
      assertThat(new PDFTextStripper().getText(pdf))
          .contains("I. TÌNH HÌNH CHUNG", ModelBranchMother.CHAIR);
    }
  }

  @Test
  void theFormatParameterWinsOverAccept() {
    var pdf = get(REPORT + "?format=pdf", api.staff(), DOCX);
    var docx = get(REPORT + "?format=docx", api.staff(), "application/pdf");

    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(docx.contentType()).isEqualTo(DOCX);
  }

  @Test
  void anUnsupportedFormatIsNotAcceptable() {
    var accept = get(REPORT, api.staff(), "text/csv");
    var param = get(REPORT + "?format=odt", api.staff(), null);

    for (var response : new Response[] {accept, param}) {
      assertThat(response.status()).isEqualTo(406);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.text()).contains("\"status\":406").contains("format=docx|pdf");
    }
  }

  @Test
  void anotherBranchsOfficerAndAnUnknownBranchAreNotFound() {
    var other = get(REPORT, api.officer("so-y-te"), "application/pdf");
    var unknown =
        get("/api/reports/branches/khong-co/years/2024/document", api.staff(), "application/pdf");

    assertThat(other.status()).isEqualTo(404);
    assertThat(other.contentType()).startsWith("application/problem+json");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
    assertThat(get(REPORT, null, null).status()).isEqualTo(401);
  }

  @Test
  void theWorkbookIsForFederationStaffAuditorsAndAdministrators() throws IOException {
    String path = "/api/reports/province/years/2024/workbook";
    assertThat(get(path, api.officer(BRANCH), null).status()).isEqualTo(403);
    assertThat(get(path, api.token("AUDITOR", null), null).status()).isEqualTo(200);
    assertThat(get(path, api.token("ADMIN", null), null).status()).isEqualTo(200);

    var response =
        get(
            path
                + "?parentUnion="
                + "C%C3%B4ng%20%C4%91o%C3%A0n%20Vi%C3%AAn%20ch%E1%BB%A9c%20t%E1%BB%89nh",
            api.staff(),
            null);
    var none = get(path + "?parentUnion=Kh%C3%B4ng%20c%C3%B3", api.staff(), null);

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo(XLSX);
    assertThat(response.disposition()).isEqualTo("attachment; filename=\"tong-hop-2024.xlsx\"");
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      var sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(ModelBranchMother.NAME);
      assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(46.0);
    }
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(none.body()))) {
      assertThat(book.getSheetAt(0).getLastRowNum()).as("only the totals").isEqualTo(1);
    }
  }

  private Response get(String path, String token, String accept) {
    var response = api.download(path, token, accept);
    return new Response(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.headers().firstValue("Content-Disposition").orElse(""),
        response.body());
  }
}
