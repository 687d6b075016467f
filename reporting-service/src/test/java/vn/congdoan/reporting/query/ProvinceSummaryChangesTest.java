package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.AchievementKind;
import vn.congdoan.membership.api.ActivityKind;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.reporting.ingest.ChangedBranches;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.welfare.api.GrantKind;

/**
 * A kept province summary reads again only the branches a batch changed, and comes out exactly as a
 * province read whole from scratch would.
 */
class ProvinceSummaryChangesTest extends ReadModelTestBase {
  private static final String UNION = "Công đoàn Viên chức tỉnh";
  private static final LocalDate JOINED = LocalDate.of(2024, 2, 1);
  private static final ReportYear Y2024 = new ReportYear(2024);

  private ProvinceSummaries summaries;

  @BeforeEach
  void twelveBranches() {
    List<Delivery> setUp = new ArrayList<>();
    for (int b = 1; b <= 12; b++) {
      String id = "cd-" + b;
      setUp.add(events.branchRegistered(id, "Công đoàn cơ sở số " + b, b % 2 == 0 ? UNION : null));
      setUp.add(events.groupAdded(id, "to-1", "Tổ Một"));
      setUp.add(events.memberAdmitted(id, id + "-an", "Lê Văn An", Gender.MALE, "to-1", JOINED));
      setUp.add(
          events.memberAdmitted(id, id + "-binh", "Trần Thị Bình", Gender.FEMALE, "to-1", JOINED));
    }
    model.apply(setUp);
    summaries =
        new ProvinceSummaries(model.summaries, Clock.fixed(TestReadModel.NOW, ZoneOffset.UTC), 64);
    assertThat(summaries.of(Y2024, null).members().total()).isEqualTo(24);
    assertThat(summaries.of(Y2024, UNION).members().total()).isEqualTo(12);
  }

  private void applied(Delivery... batch) {
    model.apply(batch);
    summaries.changed(ChangedBranches.of(List.of(batch)));
  }

  private void asIfReadWhole() {
    assertThat(summaries.of(Y2024, null)).isEqualTo(model.province(2024));
    assertThat(summaries.of(Y2024, UNION)).isEqualTo(model.province(2024, UNION));
  }

  private ProvinceSummary.BranchFigures row(String branchId) {
    return summaries.of(Y2024, null).branches().stream()
        .filter(r -> r.branchId().equals(branchId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aTransferIsCountedInBothBranchesWithoutReadingTheProvinceAgain() {
    var on = LocalDate.of(2024, 6, 1);
    applied(
        events.transferredOut("cd-2", "cd-2-an", "cd-3", on),
        events.transferredIn("cd-3", "cd-2-an", "cd-2", "to-1", Gender.MALE, on));

    asIfReadWhole();
    assertThat(row("cd-2").members()).isEqualTo(1);
    assertThat(row("cd-3").members()).isEqualTo(3);
    assertThat(summaries.wholeReads()).isEqualTo(1);
  }

  @Test
  void everyKindOfFigureOfAChangedBranchIsReadAgain() {
    var records = events.records();
    var welfare = events.welfare();
    var finance = events.finance();
    applied(
        events.memberAdmitted("cd-4", "cd-4-chi", "Phạm Thị Chi", Gender.FEMALE, "to-1", JOINED),
        records.activity(
            "cd-4", "hoi-nghi", ActivityKind.PROPAGANDA, LocalDate.of(2024, 5, 19), 40),
        records.award("cd-4", "giai-nhat", 2024, "cd-4-an"),
        records.achievement("cd-4", "tien-si", "cd-4-binh", 2024, AchievementKind.DOCTORATE),
        records.inspection("cd-4", "kiem-tra", LocalDate.of(2024, 9, 1), 2),
        records.complaintReceived("cd-4", "don-1", LocalDate.of(2024, 7, 1)),
        records.ratings("cd-4", 2024, "A", Map.of("to-1", "B"), Map.of("cd-4-an", "C")),
        welfare.grant(
            "cd-4", "qua-8-3", GrantKind.WOMENS_DAY_MAR8, LocalDate.of(2024, 3, 8), 2, 500_000),
        finance.dues("cd-4", YearMonth.of(2024, 3), 50_000, 60_000));

    asIfReadWhole();
    var province = summaries.of(Y2024, UNION);
    assertThat(province.members().total()).isEqualTo(13);
    assertThat(province.activities().total()).isEqualTo(1);
    assertThat(province.welfare().amountVnd()).isEqualTo(1_000_000);
    assertThat(province.finance().duesVnd()).isEqualTo(110_000);
    assertThat(summaries.wholeReads()).isEqualTo(1);
  }

  @Test
  void anEventNamingNoBranchHasTheProvinceReadWhole() {
    var welfare = events.welfare();
    applied(
        welfare.campaignLaunched("lu-2024", "Ủng hộ đồng bào bão lũ", null, JOINED),
        welfare.contribution("lu-2024", "gop-1", "cd-6", 2_000_000, LocalDate.of(2024, 9, 10)));

    asIfReadWhole();
    assertThat(summaries.of(Y2024, null).donations().amountVnd()).isEqualTo(2_000_000);
    assertThat(summaries.wholeReads()).isEqualTo(2);
  }

  @Test
  void aServicesSealChangesNothing() {
    var seal = events.chainDigested("membership", "a".repeat(64));

    assertThat(ChangedBranches.of(List.of(seal))).isEqualTo(new ChangedBranches(false, Set.of()));
  }
}
