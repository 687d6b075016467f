package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.reporting.query.AYearOfEvents.TC;
import static vn.congdoan.reporting.query.AYearOfEvents.VP;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.ingest.ProjectionMetrics;
import vn.congdoan.reporting.projection.ReportingStore;

/** At-least-once delivery must still count every event exactly once. */
class RedeliveryTest extends ReadModelTestBase {
  private List<Delivery> year;
  private TestReadModel onceOnly;

  @BeforeEach
  void applyTheYearOnce() {
    year = AYearOfEvents.of(events);
    onceOnly = new TestReadModel(mongo, "applied-once");
    onceOnly.apply(year);
  }

  /** The same documents in every collection, and so the same summaries. */
  private void assertSameAsAppliedOnce(TestReadModel redelivered) {
    assertThat(redelivered.contents()).isEqualTo(onceOnly.contents());
    assertThat(redelivered.year(VP, 2024)).isEqualTo(onceOnly.year(VP, 2024));
    assertThat(redelivered.year(TC, 2024)).isEqualTo(onceOnly.year(TC, 2024));
    assertThat(redelivered.province(2024)).isEqualTo(onceOnly.province(2024));
  }

  @Test
  void theYearTouchesEveryCollection() {
    assertThat(onceOnly.contents())
        .extracting(d -> d.getString("collection"))
        .contains(
            ReportingStore.BRANCHES,
            ReportingStore.MEMBER_SEGMENTS,
            ReportingStore.WELFARE_GRANTS,
            ReportingStore.CAMPAIGNS,
            ReportingStore.CONTRIBUTIONS,
            ReportingStore.FINANCE_ENTRIES,
            ReportingStore.ACTIVITIES,
            ReportingStore.AWARDS,
            ReportingStore.ACHIEVEMENTS,
            ReportingStore.RATINGS,
            ReportingStore.COMPLAINTS,
            ReportingStore.INSPECTIONS,
            ReportingStore.NARRATIVES);
    assertThat(onceOnly.year(TC, 2024).members().transferredIn()).isEqualTo(4);
    assertThat(onceOnly.year(VP, 2024).welfare().grants()).as("one of four reversed").isEqualTo(3);
    assertThat(onceOnly.province(2024).donations().amountVnd()).isEqualTo(3_400_000);
    assertThat(onceOnly.year(VP, 2024).finance())
        .isEqualTo(
            new YearSummary.Finance(
                12_730_030,
                730_000,
                8_000_000,
                4_000_030,
                5_700_000,
                1_000_000,
                0,
                6_030_030,
                Map.of("CULTURE_SPORTS", 3_000_000L, "MEMBER_CARE", 2_700_000L),
                List.of()));
    assertThat(onceOnly.year(VP, 2025).finance().byCategory())
        .as("the reversal of a 2024 grant, in 2025")
        .containsEntry("MEMBER_CARE", -600_000L);
  }

  @Test
  void eachEnvelopeAppliedAgainChangesNothing() {
    double applied = onceOnly.count(ProjectionMetrics.APPLIED, "members");

    for (Delivery delivery : year) {
      onceOnly.apply(delivery);
    }

    assertThat(onceOnly.contents()).isEqualTo(new TestReadModel(mongo, "applied-once").contents());
    assertThat(onceOnly.count(ProjectionMetrics.APPLIED, "members")).isEqualTo(applied);
    assertThat(onceOnly.count(ProjectionMetrics.DUPLICATE, "finance_entries"))
        .isEqualTo(year.stream().filter(d -> d.topic().equals(Topics.FINANCE)).count());
    model.apply(year);
    model.apply(year);
    assertSameAsAppliedOnce(model);
  }

  @Test
  void aBatchReappliedAfterACrashAnywhereEndsAsIfAppliedOnce() {
    for (int written = 0; written <= year.size(); written++) {
      var crashed = new TestReadModel(mongo, "crashed-after-" + written);
      crashed.apply(year.subList(0, written));

      crashed.apply(year);

      assertThat(crashed.contents())
          .as("written before the crash: %d", written)
          .isEqualTo(onceOnly.contents());
    }
    assertSameAsAppliedOnce(new TestReadModel(mongo, "crashed-after-" + year.size() / 2));
  }

  @Test
  void anyTailOfTheYearDeliveredAgainChangesNothing() {
    for (int from = 0; from < year.size(); from++) {
      var again = new TestReadModel(mongo, "again-from-" + from);
      again.apply(year);

      again.apply(year.subList(from, year.size()));

      assertThat(again.contents())
          .as("delivered again from %d", from)
          .isEqualTo(onceOnly.contents());
    }
  }

  @Test
  void aCrashBetweenTwoProjectionsBulkWritesEndsAsIfAppliedOnce() {
    model.apply(
        year.stream().filter(d -> d.envelope().type().startsWith("membership.Member")).toList());

    model.apply(year);

    assertSameAsAppliedOnce(model);
  }

  @Test
  void anEventTwiceInOneBatchIsAppliedOnce() {
    Delivery registered = events.branchRegistered("so-y-te", "Công đoàn cơ sở Sở Y tế");
    Delivery group = events.groupAdded("so-y-te", "to-1", "Tổ công đoàn Kế toán");
    Delivery member =
        events.memberAdmitted(
            "so-y-te", "do-thi-lan", "Đỗ Thị Lan", Gender.FEMALE, "to-1", LocalDate.of(2022, 2, 2));
    Delivery moved =
        events.memberMoved("so-y-te", "do-thi-lan", "to-1", "to-2", LocalDate.of(2023, 1, 1));
    Delivery income = events.income("so-y-te", 5_000_000, LocalDate.of(2024, 10, 10));
    Delivery dues = events.finance().dues("so-y-te", YearMonth.of(2024, 10), 75_000);
    Delivery spent =
        events
            .finance()
            .expense(
                "so-y-te", "pc-1", ExpenseCategory.OTHER, 1_000_000, LocalDate.of(2024, 11, 1));

    model.apply(
        List.of(
            registered,
            group,
            group,
            member,
            moved,
            member,
            moved,
            income,
            dues,
            spent,
            income,
            spent,
            dues,
            registered));

    YearSummary summary = model.year("so-y-te", 2024);
    assertThat(summary.members().total()).isEqualTo(1);
    assertThat(summary.members().groups()).isEqualTo(1);
    assertThat(summary.finance().incomeVnd()).isEqualTo(5_075_000);
    assertThat(summary.finance().balanceVnd()).isEqualTo(4_075_000);
    assertThat(model.count(ProjectionMetrics.DUPLICATE, "branches")).isEqualTo(2);
    assertThat(model.store.memberSegments().countDocuments()).isEqualTo(2);
  }

  @Test
  void anOldGroupEventDeliveredAfterLaterOnesDoesNotAddTheGroupAgain() {
    Delivery registered = events.branchRegistered("so-y-te", "Công đoàn cơ sở Sở Y tế");
    Delivery first = events.groupAdded("so-y-te", "to-1", "Tổ Điều dưỡng");
    Delivery second = events.groupAdded("so-y-te", "to-2", "Tổ Dược");
    model.apply(registered, first, second);

    model.apply(first);
    model.apply(registered, first);

    assertThat(model.year("so-y-te", 2024).members().byGroup())
        .extracting(YearSummary.GroupMembers::name)
        .containsExactly("Tổ Điều dưỡng", "Tổ Dược");
  }
}
