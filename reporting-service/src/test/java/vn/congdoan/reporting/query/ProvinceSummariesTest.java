package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.reporting.ingest.ChangedBranches;

class ProvinceSummariesTest extends ReadModelTestBase {
  private static final LocalDate JOINED = LocalDate.of(2024, 2, 1);

  private static final String UNION = "Công đoàn Viên chức tỉnh";

  private ProvinceSummaries summaries() {
    return summaries(64);
  }

  private ProvinceSummaries summaries(int maxKept) {
    return new ProvinceSummaries(
        model.summaries, Clock.fixed(TestReadModel.NOW, ZoneOffset.UTC), maxKept);
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
    summaries.changed(ChangedBranches.of(List.of(admitted)));

    assertThat(summaries.of(new ReportYear(2024), null).members().total()).isEqualTo(1);
  }

  @Test
  void anUpperUnionNoBranchNamesIsAnsweredEmptyAndNotKept() {
    model.apply(events.branchRegistered("so-tai-chinh", "Công đoàn cơ sở Sở Tài chính", UNION));
    var summaries = summaries();

    for (int i = 0; i < 100; i++) {
      var unknown = summaries.of(new ReportYear(2024), "no-such-union-" + i);
      assertThat(unknown.branches()).isEmpty();
    }
    assertThat(summaries.kept()).isZero();

    var known = summaries.of(new ReportYear(2024), UNION);
    assertThat(known.branches()).hasSize(1);
    assertThat(summaries.of(new ReportYear(2024), UNION)).isSameAs(known);
    assertThat(summaries.kept()).isEqualTo(1);
  }

  @Test
  void noMoreThanTheBoundAreKeptAndTheLeastRecentlyAskedGoesFirst() {
    model.apply(events.branchRegistered("so-tai-chinh", "Công đoàn cơ sở Sở Tài chính", UNION));
    var summaries = summaries(2);
    var y2024 = summaries.of(new ReportYear(2024), null);
    summaries.of(new ReportYear(2023), null);
    assertThat(summaries.of(new ReportYear(2024), null)).isSameAs(y2024);

    summaries.of(new ReportYear(2022), UNION);

    assertThat(summaries.kept()).isEqualTo(2);
    assertThat(summaries.of(new ReportYear(2024), null)).as("asked last, kept").isSameAs(y2024);
  }
}
