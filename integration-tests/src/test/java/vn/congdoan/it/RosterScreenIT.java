package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.it.Forms.choose;
import static vn.congdoan.it.Forms.fill;
import static vn.congdoan.it.Forms.section;
import static vn.congdoan.it.Platform.Service.MEMBERSHIP;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A branch officer keeps the roster in the browser only: imports a workbook with Vietnamese
 * headings, admits, corrects, moves, records a departure, erases, exports — each with what the user
 * sees on success and on refusal — and a double-click records once.
 */
class RosterScreenIT {
  private static final String BRANCH = "roster-screen";
  private final Platform platform = Platform.shared();

  private String members() {
    return platform.gatewayUrl("/#/branch/" + BRANCH + "/members");
  }

  private JsonNode roster(String query) {
    var r =
        Http.get(
            platform.url(MEMBERSHIP, "/api/branches/" + BRANCH + "/members" + query),
            Platform.token("BRANCH_OFFICER", BRANCH));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return r.json();
  }

  private JsonNode memberNamed(String name) {
    for (JsonNode m : roster("?status=ALL").get("members")) {
      if (name.equals(m.get("fullName").asText(null))) {
        return m;
      }
    }
    throw new AssertionError(name + " is not on the roster");
  }

  @Test
  void anOfficerKeepsTheRosterInTheBrowser() throws IOException {
    platform.registerBranch(BRANCH, "Công đoàn Sở Tài nguyên và Môi trường", "to-1", "to-2");
    try (var browser = Browser.desktop()) {
      browser.signIn(platform.gatewayUrl("/"), "Phan Thị Thu", "BRANCH_OFFICER", BRANCH);
      browser.driver.get(members());
      browser.await().until(d -> browser.pageText().contains("Không có đoàn viên nào"));

      // Import: three good lines, one refused with its line number and reason in Vietnamese.
      browser.click(By.xpath("//button[contains(., 'Nhập từ tệp')]"));
      WebElement importing = dialog(browser);
      importing.findElement(By.cssSelector("input[type=file]")).sendKeys(workbook().toString());
      importing.findElement(By.cssSelector("button[type=submit]")).click();
      browser.await().until(d -> importing.getText().contains("Đã nhập 3 đoàn viên."));
      assertThat(importing.findElement(By.cssSelector("table.rejected")).getText())
          .contains("1 dòng chưa nhập được", "6", "Ngày sinh '31/02/1988' không phải ngày hợp lệ");
      close(importing);
      browser.await().until(d -> browser.pageText().contains("1–3 trên 3 đoàn viên"));
      assertThat(memberNamed("Lò Thị Xuân").get("groupId").asText()).isEqualTo("to-2");

      // Admit: refused beside the field, then accepted; a double-click records once.
      browser.click(By.xpath("//button[contains(., 'Kết nạp đoàn viên')]"));
      WebElement admit = dialog(browser);
      fill(admit, "Họ và tên", "Đinh Công Tráng");
      choose(admit, "Giới tính", "Nam");
      fill(admit, "Ngày sinh", "07/11/1991");
      choose(admit, "Tổ công đoàn", "Tổ công đoàn to-1");
      fill(admit, "Ngày vào Công đoàn", "02/01/2024");
      fill(admit, "Email", "khong-phai-email");
      admit.findElement(By.cssSelector("button[type=submit]")).click();
      browser.await().until(d -> admit.getText().contains("không phải là địa chỉ email hợp lệ"));
      assertThat(Forms.invalid(admit, "Email")).isTrue();
      assertThat(roster("").get("count").asInt()).as("a refusal records nothing").isEqualTo(3);

      fill(admit, "Email", "trang@tnmt.vn");
      new Actions(browser.driver)
          .doubleClick(admit.findElement(By.cssSelector("button[type=submit]")))
          .perform();
      browser.await().until(d -> admit.getText().contains("Đã kết nạp Đinh Công Tráng."));
      close(admit);
      browser.await().until(d -> browser.pageText().contains("1–4 trên 4 đoàn viên"));
      assertThat(roster("?q=dinh%20cong%20trang").get("count").asInt()).isEqualTo(1);

      // Correct, move, depart, erase: each from the member's own dialog.
      WebElement member = openMember(browser, "Đinh Công Tráng");
      WebElement correction = section(member, "Đính chính");
      fill(correction, "Số điện thoại", "0912 345 678");
      correction.findElement(By.cssSelector("button[type=submit]")).click();
      browser.await().until(d -> correction.getText().contains("không được để trống"));
      fill(correction, "Lý do đính chính", "Đoàn viên báo đổi số");
      correction.findElement(By.cssSelector("button[type=submit]")).click();
      browser.await().until(d -> correction.getText().contains("Đã ghi nhận đính chính."));
      assertThat(memberNamed("Đinh Công Tráng").get("phone").asText()).isEqualTo("0912 345 678");

      WebElement move = section(member, "Chuyển tổ");
      choose(move, "Sang tổ", "Tổ công đoàn to-2");
      move.findElement(By.cssSelector("button[type=submit]")).click();
      browser.await().until(d -> move.getText().contains("Đã chuyển đoàn viên."));
      assertThat(memberNamed("Đinh Công Tráng").get("groupId").asText()).isEqualTo("to-2");
      close(member);

      WebElement leaving = section(openMember(browser, "Lò Thị Xuân"), "Ra khỏi công đoàn");
      choose(leaving, "Lý do", "Nghỉ hưu");
      fill(leaving, "Từ ngày", "31/12/2099");
      leaving.findElement(By.cssSelector("button[type=submit]")).click();
      browser.await().until(d -> Forms.invalid(leaving, "Từ ngày"));
      assertThat(leaving.getText()).doesNotContain("Đã chuyển đoàn viên.");
      fill(
          leaving,
          "Từ ngày",
          LocalDate.now().minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      leaving.findElement(By.cssSelector("button[type=submit]")).click();
      browser.await().until(d -> leaving.getText().contains("Đã ghi nhận"));
      assertThat(memberNamed("Lò Thị Xuân").get("status").asText()).isEqualTo("DEPARTED");
      close(browser.driver.findElement(By.cssSelector("dialog[open]")));

      WebElement erasure = section(openMember(browser, "Vi Văn Nam"), "Xoá dữ liệu");
      WebElement erase = erasure.findElement(By.cssSelector("button[type=submit]"));
      assertThat(erase.isEnabled()).as("not before the confirmation").isFalse();
      assertThat(erasure.getText()).contains("Vẫn giữ lại", "giới tính, năm sinh");
      erasure.findElement(By.cssSelector("input[type=checkbox]")).click();
      browser.await().until(d -> erase.isEnabled());
      browser.js("arguments[0].scrollIntoView({block: 'center'})", erase);
      erase.click();
      browser.await().until(d -> erasure.getText().contains("Đã xoá dữ liệu cá nhân."));
      close(browser.driver.findElement(By.cssSelector("dialog[open]")));
      browser.await().until(d -> browser.pageText().contains("(đã xoá dữ liệu cá nhân)"));

      // Export: the workbook carries the roster under the headings the import reads.
      browser.click(By.xpath("//button[contains(., 'Xuất Excel')]"));
      byte[] exported = browser.awaitDownload("danh-sach-doan-vien-" + BRANCH + ".xlsx");
      try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
        Sheet sheet = book.getSheetAt(0);
        assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
        assertThat(sheet.getLastRowNum()).as("three current members").isEqualTo(3);
      }
    }
  }

  @Test
  void anotherBranchsRosterIsNotShownAndAPhoneNeedsNoSidewaysScrolling() {
    platform.registerBranch("roster-screen-other", "Công đoàn Sở Công Thương", "to-1");
    platform.admit("roster-screen-other", "rso-m1", "Mai Văn Khải", "MALE", "to-1");
    platform.registerBranch("roster-screen-phone", "Công đoàn Sở Xây dựng", "to-1");
    platform.admit("roster-screen-phone", "rsp-m1", "Nguyễn Thị Thanh Hương", "FEMALE", "to-1");
    try (var browser = Browser.phone()) {
      browser.signIn(
          platform.gatewayUrl("/"), "Trịnh Văn Sâm", "BRANCH_OFFICER", "roster-screen-phone");
      browser.driver.get(platform.gatewayUrl("/#/branch/roster-screen-phone/members"));
      browser.await().until(d -> browser.pageText().contains("Nguyễn Thị Thanh Hương"));
      Object widths =
          browser.js("const d = document.documentElement; return [d.scrollWidth, d.clientWidth];");
      assertThat(widths).isEqualTo(List.of(375L, 375L));

      browser.js("location.hash = '#/branch/roster-screen-other/members'");
      assertThat(browser.text(By.cssSelector(".error")))
          .isEqualTo("Bạn không có quyền xem công đoàn này");
      assertThat(browser.pageText()).doesNotContain("Mai Văn Khải", "Công đoàn Sở Công Thương");
    }
  }

  /** Four lines under Vietnamese headings; the fifth data line's birthday does not exist. */
  private static Path workbook() throws IOException {
    Path file = Files.createTempFile("danh-sach", ".xlsx");
    String[][] rows = {
      {"Họ và tên", "Giới tính", "Ngày sinh", "Tổ công đoàn", "Ngày vào Công đoàn", "Chức vụ"},
      {"Vi Văn Nam", "Nam", "12/04/1980", "Tổ công đoàn to-1", "01/03/2005", "Chủ tịch"},
      {"Lò Thị Xuân", "Nữ", "03/09/1986", "to-2", "15/06/2010", ""},
      {"Hà Văn Dũng", "Nam", "20/01/1990", "Tổ công đoàn to-1", "01/07/2015", "Tổ trưởng"},
      {"Sầm Thị Bé", "Nữ", "31/02/1988", "to-2", "01/07/2015", ""},
    };
    try (Workbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("Đoàn viên");
      sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐOÀN VIÊN");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 1);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      book.write(out);
    }
    return file;
  }

  private static WebElement dialog(Browser browser) {
    return browser
        .await()
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
  }

  private static void close(WebElement dialog) {
    dialog.findElement(By.xpath(".//button[normalize-space()='Đóng']")).click();
  }

  private static WebElement openMember(Browser browser, String name) {
    browser.click(By.cssSelector("button[aria-label='Cập nhật " + name + "']"));
    return dialog(browser);
  }
}
