package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;

class ProvinceSummariesTest extends ReadModelTestBase {
  private static final LocalDate JOINED = LocalDate.of(2024, 2, 1);

  private ProvinceSummaries summaries() {
    return new ProvinceSummaries(model.summaries, Clock.fixed(TestReadModel.NOW, ZoneOffset.UTC));
  }

  @Test
  void askedAgainWithoutAChangeTheSameSummaryIsGiven() {
    model.apply(events.branchRegistered("so-tai-chinh", "Công đoàn cơ sở Sở Tài chính"));
    var summaries = summaries();

    var first = summaries.of(new ReportYear(2024), null);

    assertThat(summaries.of(new ReportYear(2024), "")).isSameAs(first);
    assertThat(summaries.of(new ReportYear(2023), null)).isNotSameAs(first);
  }

  @Test
  void anAppliedBatchMakesTheSummaryBeReadAgain() {
    model.apply(events.branchRegistered("so-tai-chinh", "Công đoàn cơ sở Sở Tài chính"));
    model.apply(events.groupAdded("so-tai-chinh", "to-1", "Tổ Ngân sách"));
    var summaries = summaries();
    assertThat(summaries.of(new ReportYear(2024), null).members().total()).isZero();
    var admitted =
        events.memberAdmitted("so-tai-chinh", "an", "Lê Văn An", Gender.MALE, "to-1", JOINED);

    model.apply(admitted);
    summaries.accept(List.of(admitted));

    assertThat(summaries.of(new ReportYear(2024), null).members().total()).isEqualTo(1);
  }
}
