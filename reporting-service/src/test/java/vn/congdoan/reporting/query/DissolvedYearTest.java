package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.reporting.query.ProvinceSummary.BranchFigures;
import vn.congdoan.reporting.query.YearSummary.Members;

/**
 * A dissolution ends every membership of the branch, so its year is counted on the last day it was
 * open: who was on its roll when it closed.
 */
class DissolvedYearTest extends ReadModelTestBase {
  private static final String VP = "vp-doan-dbqh";
  private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);

  @BeforeEach
  void aBranchDissolvedOnTheFirstOfJune() {
    model.apply(
        events.branchRegistered(VP, "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        events.groupAdded(VP, "to-1", "Tổ Văn phòng"),
        events.memberAdmitted(VP, "an", "An", Gender.MALE, "to-1", LocalDate.of(2015, 1, 1)),
        events.memberAdmitted(VP, "binh", "Bình", Gender.FEMALE, "to-1", LocalDate.of(2016, 1, 1)),
        events.memberAdmitted(VP, "cuc", "Cúc", Gender.FEMALE, "to-1", LocalDate.of(2025, 2, 1)),
        events.memberAdmitted(VP, "dung", "Dũng", Gender.MALE, "to-1", LocalDate.of(2017, 1, 1)),
        events.memberDeparted(VP, "dung", LocalDate.of(2025, 3, 1)),
        events.woundUp(VP, "an", JUNE_1),
        events.woundUp(VP, "binh", JUNE_1),
        events.woundUp(VP, "cuc", JUNE_1),
        events.branchDissolved(VP, JUNE_1));
  }

  @Test
  void theDissolutionYearCountsTheMembersOnTheDayBeforeItTookEffect() {
    Members members = model.year(VP, 2025).members();

    assertThat(members)
        .extracting(Members::asOf, Members::total, Members::male, Members::female, Members::joined)
        .containsExactly(LocalDate.of(2025, 5, 31), 3L, 1L, 2L, 1L);
    // Only departures up to that day: the dissolution's own come after it.
    assertThat(members.left()).isEqualTo(1);
    assertThat(members.byGroup().get(0).total()).isEqualTo(3);
    assertThat(members.ageBands().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(3);
  }

  @Test
  void otherYearsAreCountedAsEver() {
    assertThat(model.year(VP, 2024).members())
        .extracting(Members::asOf, Members::total)
        .containsExactly(LocalDate.of(2024, 12, 31), 3L);
    assertThat(model.year(VP, 2026).members())
        .extracting(Members::asOf, Members::total)
        .containsExactly(LocalDate.of(2026, 3, 15), 0L);
  }

  @Test
  void theProvinceStillCountsTheBranchAtTheEndOfTheYear() {
    BranchFigures row = model.province(2025).branches().get(0);

    assertThat(row.members()).isZero();
    assertThat(model.province(2025).members().asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
  }

  @Test
  void beforeADissolutionDatedAheadTheYearIsCountedAsOfToday() {
    var april = new TestReadModel(mongo, "reporting", LocalDate.of(2025, 4, 15));

    assertThat(april.year(VP, 2025).members())
        .extracting(Members::asOf, Members::total)
        .containsExactly(LocalDate.of(2025, 4, 15), 3L);
  }
}
