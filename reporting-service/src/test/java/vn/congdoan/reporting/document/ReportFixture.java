package vn.congdoan.reporting.document;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import vn.congdoan.reporting.query.InMemoryMongo;
import vn.congdoan.reporting.query.TestReadModel;

/** A fresh read model, and the year-end report written from it as it would be on a given day. */
final class ReportFixture implements AutoCloseable {
  static final LocalDate ISSUED_ON = LocalDate.of(2024, 12, 20);
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  final InMemoryMongo mongo = new InMemoryMongo();
  final TestReadModel model = new TestReadModel(mongo, "reporting");
  final YearReportQuery reports =
      new YearReportQuery(
          model.summaries,
          model.store,
          Clock.fixed(ISSUED_ON.atTime(LocalTime.NOON).atZone(VIETNAM).toInstant(), VIETNAM));
  final YearReportWriter writer = new YearReportWriter("Thanh Hóa");

  ReportDocument document(String branchId, int year) {
    return writer.write(reports.forBranch(branchId, year));
  }

  @Override
  public void close() {
    mongo.close();
  }
}
