package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.ingest.ProjectionMetrics;
import vn.congdoan.welfare.api.GrantKind;

/** A reversed grant counts nowhere, however and whenever its reversal arrives. */
class WelfareReversalTest extends TwoBranchesTestBase {
  private static final YearSummary.Welfare NONE =
      new YearSummary.Welfare(0, 0, 0, Map.of(), List.of());

  private final WelfareEventMother welfare = events.welfare();
  private final Delivery tet =
      welfare.grant(VP, "qua-tet", GrantKind.TET, LocalDate.of(2024, 2, 1), 10, 500_000);
  private final Delivery reversal = welfare.grantReversed(VP, "qua-tet", LocalDate.of(2024, 2, 20));

  @Test
  void aGrantReversedInALaterYearDropsOutOfEveryTotalOfItsBranchAndTheProvince() {
    model.apply(
        tet,
        welfare.grant(
            VP, "om-dau", GrantKind.SICKNESS_VISIT, LocalDate.of(2024, 3, 3), 1, 1_000_000),
        welfare.grant(TC, "tet-tai-chinh", GrantKind.TET, LocalDate.of(2024, 2, 2), 5, 500_000));
    assertThat(model.year(VP, 2024).welfare().amountVnd()).isEqualTo(6_000_000);

    model.apply(welfare.grantReversed(VP, "qua-tet", LocalDate.of(2025, 1, 10)));

    assertThat(model.year(VP, 2024).welfare())
        .isEqualTo(
            new YearSummary.Welfare(
                1,
                1,
                1_000_000,
                Map.of("SICKNESS_VISIT", new YearSummary.Grants(1, 1, 1_000_000)),
                List.of()));
    assertThat(model.province(2024).welfare())
        .isEqualTo(
            new YearSummary.Welfare(
                2,
                6,
                3_500_000,
                Map.of(
                    "SICKNESS_VISIT", new YearSummary.Grants(1, 1, 1_000_000),
                    "TET", new YearSummary.Grants(1, 5, 2_500_000)),
                List.of()));
    assertThat(model.year(TC, 2024).welfare().amountVnd()).isEqualTo(2_500_000);
    assertThat(model.year(VP, 2025).welfare()).isEqualTo(NONE);
  }

  @Test
  void aReversalInTheSameBatchAsItsGrantHoldsInEitherOrder() {
    var reversedFirst = new TestReadModel(mongo, "reversed-first");
    reversedFirst.apply(events.branchRegistered(VP, "Công đoàn Văn phòng"));

    model.apply(tet, reversal);
    reversedFirst.apply(reversal, tet);

    assertThat(model.year(VP, 2024).welfare()).isEqualTo(NONE);
    assertThat(reversedFirst.year(VP, 2024).welfare()).isEqualTo(NONE);
    assertThat(reversedFirst.province(2024).welfare()).isEqualTo(NONE);
  }

  @Test
  void aReversalInALaterBatchHoldsAndRedeliveryChangesNothing() {
    model.apply(tet);
    model.apply(reversal);
    var reversed = model.contents();

    model.apply(tet);
    model.apply(reversal);
    model.apply(tet, reversal, reversal);

    assertThat(model.contents()).isEqualTo(reversed);
    assertThat(model.year(VP, 2024).welfare()).isEqualTo(NONE);
    assertThat(model.count(ProjectionMetrics.APPLIED, "welfare_grants")).isEqualTo(2);
    assertThat(model.count(ProjectionMetrics.DUPLICATE, "welfare_grants")).isEqualTo(5);
  }

  @Test
  void theReversedGrantKeepsItsDocumentMarkedWithTheDayOfTheReversal() {
    model.apply(tet, reversal);

    var grant = model.store.welfareGrants().find().first();

    assertThat(grant.getString("_id")).isEqualTo("qua-tet");
    assertThat(grant.getString("reversedOn")).isEqualTo("2024-02-20");
    assertThat(grant.getLong("amountVnd")).isEqualTo(5_000_000);
    assertThat(grant.getLong("seq")).isEqualTo(1);
  }
}
