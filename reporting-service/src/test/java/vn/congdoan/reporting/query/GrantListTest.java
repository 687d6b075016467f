package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.congdoan.reporting.query.GrantList.GrantRow;
import vn.congdoan.welfare.api.GrantKind;

/** The grants an officer looks through: one branch, one year, latest first, reversals marked. */
class GrantListTest extends ReadModelTestBase {
  private static final String BRANCH = "vp-doan-dbqh";
  private final WelfareEventMother welfare = events.welfare();

  @Test
  void listsTheBranchsGrantsOfTheYearLatestFirstWithReversalsMarked() {
    model.apply(
        welfare.grant(BRANCH, "tet", GrantKind.TET, LocalDate.of(2024, 2, 1), 10, 500_000),
        welfare.grant(
            BRANCH, "om-dau", GrantKind.SICKNESS_VISIT, LocalDate.of(2024, 3, 3), 1, 1_000_000),
        welfare.grant(BRANCH, "nam-truoc", GrantKind.TET, LocalDate.of(2023, 12, 31), 2, 100_000),
        welfare.grant("so-tai-chinh", "khac", GrantKind.TET, LocalDate.of(2024, 2, 2), 5, 1),
        welfare.grantReversed(BRANCH, "om-dau", LocalDate.of(2024, 3, 5)),
        // A reversal met before its grant is not a grant to list.
        welfare.grantReversed(BRANCH, "chua-den", LocalDate.of(2024, 4, 1)));

    assertThat(new GrantList(model.store).of(BRANCH, new ReportYear(2024)))
        .containsExactly(
            new GrantRow(
                "om-dau",
                "SICKNESS_VISIT",
                "DUES",
                LocalDate.of(2024, 3, 3),
                1,
                1_000_000,
                1_000_000,
                LocalDate.of(2024, 3, 5)),
            new GrantRow(
                "tet", "TET", "DUES", LocalDate.of(2024, 2, 1), 10, 500_000, 5_000_000, null));
  }
}
