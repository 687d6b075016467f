package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProvinceWarmUpTest extends ReadModelTestBase {
  private final Clock clock = Clock.fixed(TestReadModel.NOW, ZoneOffset.UTC);

  @Test
  void theRunningYearAndTheOneBeforeAreReadBeforeAnyoneAsks() {
    model.apply(events.branchRegistered("so-tai-chinh", "Công đoàn cơ sở Sở Tài chính"));
    var summaries = new ProvinceSummaries(model.summaries, clock, 64);
    var warmUp = new ProvinceWarmUp(summaries, clock, 2);

    warmUp.warm();

    assertThat(summaries.wholeReads()).isEqualTo(2);
    assertThat(summaries.kept()).isEqualTo(2);
    var asked = summaries.of(new ReportYear(2024), null);
    summaries.of(new ReportYear(2023), null);
    assertThat(asked.branches()).hasSize(1);
    assertThat(summaries.wholeReads()).as("nothing read again when asked").isEqualTo(2);
  }

  @Test
  void noYearsReadsNothing() {
    var summaries = new ProvinceSummaries(model.summaries, clock, 64);

    new ProvinceWarmUp(summaries, clock, 0).warm();

    assertThat(summaries.kept()).isZero();
  }

  @Test
  void theNextReadIsOneMinutePastTheComingMidnightInTheUnionsTimeZone() {
    // 15:30 in Hà Nội is 08:30 UTC
    var hanoi = Clock.fixed(Instant.parse("2026-12-03T08:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    var summaries = new ProvinceSummaries(model.summaries, hanoi, 64);

    assertThat(new ProvinceWarmUp(summaries, hanoi, 2).untilNext())
        .isEqualTo(Duration.ofHours(8).plusMinutes(31));
  }
}
