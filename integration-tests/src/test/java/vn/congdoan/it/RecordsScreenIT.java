package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.it.Forms.choose;
import static vn.congdoan.it.Forms.fill;
import static vn.congdoan.it.Forms.section;
import static vn.congdoan.it.Forms.submit;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A branch's records and its year in review, in the browser: a group, an activity (refused first
 * for a count that is not a number), a collective award, a study achievement, a complaint and its
 * resolution, an inspection; then the ratings, the narrative (refused first without the signer's
 * name) and the year-end report, previewed and downloaded with what was entered.
 */
class RecordsScreenIT {
  private static final String BRANCH = "records-screen";
  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String TODAY =
      LocalDate.now(HANOI).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  private final Platform platform = Platform.shared();

  @Test
  void anOfficerRecordsTheYearAndPrintsItsReport() throws Exception {
    platform.registerBranch(BRANCH, "Công đoàn Sở Khoa học và Công nghệ", "to-1");
    platform.admit(BRANCH, "rs-minh", "Lê Văn Minh", "MALE", "to-1");

    try (var browser = Browser.desktop()) {
      browser.signIn(platform.gatewayUrl("/"), "Lê Văn Minh", "BRANCH_OFFICER", BRANCH);
      browser.driver.get(platform.gatewayUrl("/#/branch/" + BRANCH + "/records"));
      browser.await().until(d -> browser.pageText().contains("Thêm tổ công đoàn"));

      WebElement group = section(browser.driver, "Thêm tổ công đoàn");
      fill(group, "Tên tổ", "Tổ Văn phòng");
      submit(group);
      browser.await().until(d -> group.getText().contains("Đã thêm tổ “Tổ Văn phòng”."));
      browser.await().until(d -> list(browser, "groups").contains("Tổ Văn phòng"));

      WebElement activity = section(browser.driver, "Ghi hoạt động");
      choose(activity, "Loại hoạt động", "Thể thao");
      fill(activity, "Nội dung", "Giải bóng chuyền hơi nữ");
      fill(activity, "Số người tham gia", "hai mươi");
      submit(activity);
      browser.await().until(d -> Forms.invalid(activity, "Số người tham gia"));
      fill(activity, "Số người tham gia", "24");
      submit(activity);
      browser.await().until(d -> activity.getText().contains("Đã ghi hoạt động"));
      browser.await().until(d -> list(browser, "activities").contains("Giải bóng chuyền hơi nữ"));
      assertThat(list(browser, "activities")).contains(TODAY).contains("24");

      WebElement award = section(browser.driver, "Ghi khen thưởng");
      fill(award, "Hình thức khen thưởng", "Giấy khen");
      fill(award, "Cấp khen", "Liên đoàn Lao động tỉnh");
      submit(award);
      browser.await().until(d -> list(browser, "awards").contains("Tập thể công đoàn"));

      WebElement study = section(browser.driver, "Ghi kết quả học tập");
      choose(study, "Đoàn viên", "Lê Văn Minh");
      choose(study, "Trình độ", "Thạc sĩ");
      fill(study, "Chuyên ngành", "Quản lý công");
      submit(study);
      browser.await().until(d -> list(browser, "achievements").contains("Lê Văn Minh"));

      WebElement complaint = section(browser.driver, "Ghi nhận đơn");
      fill(complaint, "Nội dung đơn", "Kiến nghị về chế độ ăn ca");
      submit(complaint);
      browser.await().until(d -> list(browser, "complaints").contains("Đang giải quyết"));
      WebElement resolution = section(browser.driver, "Ghi kết quả giải quyết");
      browser.await().until(d -> resolution.getText().contains("Kiến nghị về chế độ ăn ca"));
      choose(resolution, "Đơn", TODAY + " — Kiến nghị về chế độ ăn ca");
      fill(resolution, "Kết quả", "Đã trao đổi với thủ trưởng cơ quan");
      submit(resolution);
      browser
          .await()
          .until(d -> list(browser, "complaints").contains("Đã giải quyết ngày " + TODAY));

      WebElement inspection = section(browser.driver, "Ghi cuộc kiểm tra");
      choose(inspection, "Nội dung", "Tài chính công đoàn");
      fill(inspection, "Số vi phạm", "1");
      submit(inspection);
      browser.await().until(d -> list(browser, "inspections").contains("Tài chính công đoàn"));

      browser.driver.get(platform.gatewayUrl("/#/branch/" + BRANCH + "/review"));
      // The scales arrive with the screen's first read: the forms are in place from then on.
      browser.await().until(d -> browser.pageText().contains("Vững mạnh xuất sắc"));
      WebElement ratings =
          browser.driver.findElement(By.xpath("//form[.//h2[contains(., 'Đánh giá, xếp loại')]]"));
      choose(ratings, "Công đoàn cơ sở", "Vững mạnh xuất sắc");
      submit(ratings);
      browser.await().until(d -> ratings.getText().contains("Đã ghi xếp loại"));

      WebElement narrative =
          browser.driver.findElement(By.xpath("//form[.//h2[contains(., 'Phần tổng kết')]]"));
      fill(narrative, "Phương hướng", "Phát triển thêm 20 đoàn viên mới");
      fill(narrative, "Nơi nhận", "LĐLĐ tỉnh;");
      submit(narrative);
      browser.await().until(d -> Forms.invalid(narrative, "Họ tên người ký"));
      assertThat(narrative.getText()).contains("không được để trống");
      fill(narrative, "Họ tên người ký", "Lê Văn Minh");
      submit(narrative);
      browser.await().until(d -> narrative.getText().contains("Đã lưu phần tổng kết"));

      browser.click(By.xpath("//button[normalize-space()='Xem trước báo cáo']"));
      browser.await().until(d -> !d.findElements(By.cssSelector(".preview iframe")).isEmpty());
      // The report is read from the projections: wait until the narrative has reached them.
      byte[] docx = null;
      String text = "";
      for (int attempt = 0; attempt < 20 && !text.contains("Phát triển thêm 20"); attempt++) {
        browser.click(By.xpath("//button[normalize-space()='Tải báo cáo (.docx)']"));
        String name = "bao-cao-" + BRANCH + "-" + LocalDate.now(HANOI).getYear() + ".docx";
        docx = browser.awaitDownload(name);
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
            var extractor = new XWPFWordExtractor(document)) {
          text = extractor.getText();
        }
        java.nio.file.Files.deleteIfExists(browser.downloads().resolve(name));
      }
      assertThat(text)
          .contains("Phát triển thêm 20 đoàn viên mới")
          .contains("- LĐLĐ tỉnh.")
          .contains("Lê Văn Minh")
          .contains("Công đoàn Sở Khoa học và Công nghệ");
    }
  }

  private static String list(Browser browser, String name) {
    return browser.driver.findElement(By.cssSelector("[data-list='" + name + "']")).getText();
  }
}
