package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.congdoan.it.Forms.choose;
import static vn.congdoan.it.Forms.field;
import static vn.congdoan.it.Forms.fill;
import static vn.congdoan.it.Forms.section;
import static vn.congdoan.it.Forms.submit;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One branch's whole year entered through the browser only, then its year-end report downloaded:
 * every figure the report prints is the one this test computes from what it entered.
 */
class WholeYearIT {
  private static final String BRANCH = "whole-year";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  private static final int YEAR = TODAY.getYear();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
  private static final String[] WOMEN = {
    "Lò Thị Xuân", "Sầm Thị Bé", "Hà Thị Hoa", "Vi Thị Mai", "Lục Thị Lan"
  };
  private static final String[] MEN = {
    "Vi Văn Nam",
    "Hà Văn Dũng",
    "Lò Văn Sơn",
    "Sầm Văn Tú",
    "Lục Văn Hải",
    "Nông Văn Bình",
    "Đinh Văn Khoa"
  };
  private static final long GIFT = 200_000;
  private static final long SALARY = 8_000_000;
  // The dues rule in force: 0.5% of the salary, capped at 10% of the base salary.
  private static final long DUES_EACH = 40_000;
  private static final long EXPENSE = 800_000;

  private final Platform platform = Platform.shared();

  @Test
  void aBranchsYearEnteredInTheBrowserPrintsTheFiguresEntered() throws Exception {
    platform.registerBranch(BRANCH, "Công đoàn Sở Nội vụ", "to-1");
    String today = TODAY.format(DAY);
    // Two months of dues this year: this one and the one before (January and February in January).
    LocalDate first = TODAY.getMonthValue() == 1 ? TODAY : TODAY.minusMonths(1);
    String[] months = {first.format(MONTH), first.plusMonths(1).format(MONTH)};
    try (var browser = Browser.desktop()) {
      browser.signIn(platform.gatewayUrl("/"), "Vi Văn Nam", "BRANCH_OFFICER", BRANCH);
      String branch = platform.gatewayUrl("/#/branch/" + BRANCH);

      browser.driver.get(branch + "/members");
      browser.click(By.xpath("//button[contains(., 'Nhập từ tệp')]"));
      WebElement importing =
          browser
              .await()
              .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("dialog[open]")));
      importing.findElement(By.cssSelector("input[type=file]")).sendKeys(roster().toString());
      importing.findElement(By.cssSelector("button[type=submit]")).click();
      browser.await().until(d -> importing.getText().contains("Đã nhập 12 đoàn viên."));
      platform.awaitWelfareMembers(BRANCH, 12);

      browser.driver.get(branch + "/welfare");
      WebElement grant = browser.await().until(d -> d.findElement(By.cssSelector("form")));
      browser
          .await()
          .until(d -> !grant.findElements(By.xpath(".//button[contains(., '8/3')]")).isEmpty());
      browser.click(By.xpath("//button[contains(., '8/3 — đoàn viên nữ')]"));
      // x-show reveals the recipients on the next animation frame
      browser.await().until(d -> grant.getText().contains(WOMEN.length + " người nhận"));
      fill(grant, "Ngày chi", today);
      fill(grant, "Số tiền mỗi người", "200.000");
      submit(grant);
      browser
          .await()
          .until(d -> grant.getText().contains(WOMEN.length + " người nhận, 1.000.000 đ."));
      choose(grant, "Nội dung", "Ốm đau");
      fill(grant, "Ngày chi", today);
      fill(grant, "Thêm người nhận", "dinh van");
      browser.click(By.xpath("//ul[@class='picks']//button[contains(., 'Đinh Văn Khoa')]"));
      fill(grant, "Số tiền mỗi người", "1.000.000");
      submit(grant);
      browser.await().until(d -> grant.getText().contains("Đã ghi Ốm đau: 1 người nhận"));
      browser
          .await()
          .until(
              d ->
                  !d.findElements(By.cssSelector("button[aria-label^='Thu hồi Ốm đau']"))
                      .isEmpty());
      browser.click(By.cssSelector("button[aria-label^='Thu hồi Ốm đau']"));
      WebElement reversal =
          browser.await().until(d -> d.findElement(By.cssSelector("dialog[open] form")));
      fill(reversal, "Lý do thu hồi", "Ghi nhầm người nhận");
      submit(reversal);
      browser.await().until(d -> reversal.getText().contains("Đã thu hồi khoản chi"));

      browser.driver.get(branch + "/donations");
      WebElement launch =
          browser
              .await()
              .until(d -> d.findElement(By.xpath("//form[.//h2[contains(., 'Phát động')]]")));
      fill(launch, "Tên cuộc vận động", "Mái ấm công đoàn");
      fill(launch, "Mục đích", "Xây nhà cho đoàn viên khó khăn");
      submit(launch);
      browser.await().until(d -> launch.getText().contains("Đã phát động"));
      browser.click(By.cssSelector("button[aria-label='Mở Mái ấm công đoàn']"));
      for (String giver : new String[] {"Công đoàn cơ sở (tập thể)", "Lò Thị Xuân"}) {
        WebElement gift = section(browser.driver, "Ghi nhận đóng góp");
        choose(gift, "Người đóng góp", giver);
        fill(gift, "Số tiền", giver.startsWith("Công đoàn") ? "1.000.000" : "200.000");
        submit(gift);
        browser.await().until(d -> gift.getText().contains("Đã ghi nhận đóng góp"));
      }
      WebElement handOver = section(browser.driver, "Chuyển tiền");
      browser
          .await()
          .until(d -> "1.200.000".equals(field(handOver, "Số tiền").getAttribute("value")));
      fill(handOver, "Nơi nhận", "Gia đình chị Lò Thị Xuân");
      submit(handOver);
      browser.await().until(d -> handOver.getText().contains("Đã ghi chuyển 1.200.000 đ"));

      browser.driver.get(branch + "/finance");
      browser.awaitFigure("finance.budget", "Chưa lập dự toán");
      WebElement budget = section(browser.driver, "Dự toán năm");
      fill(budget, "Chăm lo, bảo vệ đoàn viên", "5.000.000");
      fill(budget, "Văn hóa, thể thao", "1.000.000");
      submit(budget);
      browser.await().until(d -> budget.getText().contains("Đã lưu dự toán năm " + YEAR));
      approveBudget();
      browser.driver.navigate().refresh();
      browser.awaitFigure("finance.budget", "Đã duyệt ngày " + today);
      WebElement dues = browser.driver.findElement(By.xpath("//form[.//h2[.='Đoàn phí tháng']]"));
      for (String month : months) {
        fill(dues, "Tháng", month);
        for (WebElement salary :
            dues.findElements(By.cssSelector("input[aria-label^='Tiền lương của']"))) {
          salary.clear();
          salary.sendKeys("8.000.000");
        }
        submit(dues);
        browser.await().until(d -> dues.getText().contains("Đã ghi đoàn phí tháng " + month));
      }
      WebElement expense = section(browser.driver, "Khoản chi");
      choose(expense, "Nội dung chi", "Văn hóa, thể thao");
      fill(expense, "Số tiền", "800.000");
      fill(expense, "Ngày chi", today);
      submit(expense);
      browser.await().until(d -> expense.getText().contains("Đã ghi khoản chi 800.000 đ."));
      fill(expense, "Số tiền", "300.000");
      submit(expense);
      browser.await().until(d -> expense.getText().contains("Vượt dự toán"));

      browser.driver.get(branch + "/review");
      // The scales arrive with the screen's first read: the forms are in place from then on.
      browser.await().until(d -> browser.pageText().contains("Vững mạnh xuất sắc"));
      WebElement narrative =
          browser.driver.findElement(By.xpath("//form[.//h2[contains(., 'Phần tổng kết')]]"));
      fill(narrative, "Phương hướng", "Giữ vững công đoàn vững mạnh xuất sắc");
      fill(narrative, "Họ tên người ký", "Vi Văn Nam");
      submit(narrative);
      browser.await().until(d -> narrative.getText().contains("Đã lưu phần tổng kết"));

      long welfare = WOMEN.length * GIFT;
      long duesIncome = 2 * 12 * DUES_EACH;
      long spent = EXPENSE + welfare;
      awaitProjected(welfare, duesIncome, spent);
      browser.click(By.xpath("//button[normalize-space()='Tải báo cáo (.docx)']"));
      String text = docxText(browser.awaitDownload("bao-cao-" + BRANCH + "-" + YEAR + ".docx"));
      assertThat(text)
          .contains("hiện có 12 đoàn viên")
          .contains("có 7 đoàn viên nam, 5 đoàn viên nữ")
          .contains("với số tiền " + money(welfare))
          .contains("“Mái ấm công đoàn” (" + money(1_200_000) + ")")
          .contains("Tổng thu trong năm " + YEAR + ": " + money(duesIncome))
          .contains("đoàn phí công đoàn " + money(duesIncome))
          .contains("Tổng chi: " + money(spent))
          .contains("Giữ vững công đoàn vững mạnh xuất sắc")
          .contains("Vi Văn Nam");
    }
  }

  /** The report reads the projections: wait until everything entered has reached them. */
  private void awaitProjected(long welfare, long duesIncome, long spent) {
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              var s =
                  platform.summary(BRANCH, YEAR, Platform.token("FEDERATION_STAFF", null)).json();
              assertThat(s.at("/members/total").asLong()).isEqualTo(12);
              assertThat(s.at("/welfare/amountVnd").asLong()).isEqualTo(welfare);
              assertThat(s.at("/donations/amountVnd").asLong()).isEqualTo(1_200_000);
              assertThat(s.at("/finance/duesVnd").asLong()).isEqualTo(duesIncome);
              assertThat(s.at("/finance/expenseVnd").asLong()).isEqualTo(spent);
            });
  }

  /**
   * Federation staff approve the budget from their list of budgets waiting, in their own browser.
   */
  private void approveBudget() {
    try (var staff = Browser.desktop()) {
      staff.signIn(platform.gatewayUrl("/"), "Đinh Thị Thu", "FEDERATION_STAFF", null);
      staff.driver.get(platform.gatewayUrl("/#/staff/attention"));
      By approve = By.cssSelector("button[aria-label='Duyệt dự toán của Công đoàn Sở Nội vụ']");
      staff
          .await()
          .withTimeout(Duration.ofSeconds(60))
          .until(d -> !d.findElements(approve).isEmpty());
      staff.click(approve);
      WebElement approval =
          staff.await().until(d -> d.findElement(By.cssSelector("dialog[open] form")));
      assertThat(approval.getText()).contains("tổng chi 6.000.000 đ");
      submit(approval);
      staff
          .await()
          .until(
              d ->
                  staff
                      .pageText()
                      .contains("Đã duyệt dự toán năm " + YEAR + " của Công đoàn Sở Nội vụ"));
    }
  }

  private static String money(long vnd) {
    return String.format(java.util.Locale.GERMANY, "%,d đồng", vnd);
  }

  private static String docxText(byte[] docx) throws Exception {
    try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
        var extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }

  /** Twelve members, five of them women, under the Vietnamese headings. */
  private static Path roster() throws Exception {
    Path file = Files.createTempFile("whole-year", ".xlsx");
    try (Workbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = book.createSheet("Đoàn viên");
      String[] headings = {
        "Họ và tên", "Giới tính", "Ngày sinh", "Tổ công đoàn", "Ngày vào Công đoàn", "Chức vụ"
      };
      Row head = sheet.createRow(0);
      for (int c = 0; c < headings.length; c++) {
        head.createCell(c).setCellValue(headings[c]);
      }
      int r = 1;
      for (String[] names : new String[][] {MEN, WOMEN}) {
        for (String name : names) {
          Row row = sheet.createRow(r);
          String[] cells = {
            name,
            names == MEN ? "Nam" : "Nữ",
            "12/04/198" + (r % 10),
            "to-1",
            "01/03/2015",
            r == 1 ? "Chủ tịch" : ""
          };
          for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
          }
          r++;
        }
      }
      book.write(out);
    }
    return file;
  }
}
