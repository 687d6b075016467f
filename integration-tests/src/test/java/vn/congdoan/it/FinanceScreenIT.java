package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.it.Forms.choose;
import static vn.congdoan.it.Forms.field;
import static vn.congdoan.it.Forms.fill;
import static vn.congdoan.it.Forms.section;
import static vn.congdoan.it.Forms.submit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A branch's money in the browser: the year's budget (approved by staff), a month's dues from the
 * grid, an expense with its line's remaining amount shown and one refused over the budget, and the
 * dues share remitted with what is owed filled in.
 */
class FinanceScreenIT {
  private static final String BRANCH = "finance-screen";
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  private final Platform platform = Platform.shared();

  @Test
  void anOfficerKeepsTheBooksInTheBrowser() {
    platform.registerBranch(BRANCH, "Công đoàn Sở Khoa học và Công nghệ", "to-1");
    platform.admit(BRANCH, "fs-an", "Lưu Văn An", "MALE", "to-1");
    platform.admit(BRANCH, "fs-binh", "Tạ Thị Bình", "FEMALE", "to-1");
    String today = TODAY.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    try (var browser = Browser.desktop()) {
      browser.signIn(platform.gatewayUrl("/"), "Tạ Thị Bình", "BRANCH_OFFICER", BRANCH);
      browser.driver.get(platform.gatewayUrl("/#/branch/" + BRANCH + "/finance"));
      browser.awaitFigure("finance.budget", "Chưa lập dự toán");

      WebElement budget = section(browser.driver, "Dự toán năm");
      fill(budget, "Chăm lo, bảo vệ đoàn viên", "5.000.000");
      fill(budget, "Văn hóa, thể thao", "1.000.000");
      submit(budget);
      browser
          .await()
          .until(d -> budget.getText().contains("Đã lưu dự toán năm " + TODAY.getYear()));
      var approval =
          Http.send(
              "POST",
              platform.url(
                  Platform.Service.FINANCE,
                  "/api/branches/" + BRANCH + "/finance/budgets/" + TODAY.getYear() + "/approval"),
              Platform.token("FEDERATION_STAFF", null),
              null,
              Map.of());
      assertThat(approval.status()).as(approval.body()).isBetween(200, 201);
      browser.driver.navigate().refresh();
      browser.awaitFigure("finance.budget", "Đã duyệt ngày " + today);

      WebElement dues = browser.driver.findElement(By.xpath("//form[.//h2[.='Đoàn phí tháng']]"));
      submit(dues);
      browser.await().until(d -> dues.getText().contains("Nhập lương của ít nhất một đoàn viên"));
      fill(dues, "Tháng", TODAY.format(DateTimeFormatter.ofPattern("MM/yyyy")));
      for (String name : new String[] {"Lưu Văn An", "Tạ Thị Bình"}) {
        WebElement salary =
            dues.findElement(By.cssSelector("input[aria-label='Tiền lương của " + name + "']"));
        salary.sendKeys("8.000.000");
      }
      submit(dues);
      browser.await().until(d -> dues.getText().contains("Đã ghi đoàn phí tháng"));
      // The rule in force since 07/2025: 0.5% of the salary, capped at 10% of the base salary.
      assertThat(dues.getText()).contains("40.000 đ");

      WebElement expense = section(browser.driver, "Khoản chi");
      choose(expense, "Nội dung chi", "Văn hóa, thể thao");
      browser.await().until(d -> expense.getText().contains("còn lại 1.000.000 đ"));
      fill(expense, "Số tiền", "800.000");
      fill(expense, "Ngày chi", "31/02/" + TODAY.getYear());
      submit(expense);
      browser.await().until(d -> Forms.invalid(expense, "Ngày chi"));
      fill(expense, "Ngày chi", today);
      submit(expense);
      browser.await().until(d -> expense.getText().contains("Đã ghi khoản chi 800.000 đ."));
      browser.await().until(d -> expense.getText().contains("còn lại 200.000 đ"));
      fill(expense, "Số tiền", "300.000");
      submit(expense);
      browser.await().until(d -> expense.getText().contains("Vượt dự toán"));

      WebElement remit = section(browser.driver, "Nộp cấp trên");
      browser.await().until(d -> !field(remit, "Số tiền").getAttribute("value").isEmpty());
      String owed = field(remit, "Số tiền").getAttribute("value");
      submit(remit);
      browser.await().until(d -> remit.getText().contains("Đã ghi nộp cấp trên " + owed + " đ."));
      browser.await().until(d -> field(remit, "Số tiền").getAttribute("value").isEmpty());
    }
  }
}
