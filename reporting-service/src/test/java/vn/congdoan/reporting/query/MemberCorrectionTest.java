package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.query.YearSummary.Members;

/**
 * A correction of a member's data says what it always was: their segments in the branch take it,
 * earlier years' figures included.
 */
class MemberCorrectionTest extends TwoBranchesTestBase {
  @BeforeEach
  void withGroups() {
    addGroups();
  }

  private Delivery admit(String branch, String member, Gender gender, int born) {
    return events.memberBorn(
        branch, member, member, gender, "to-1", LocalDate.of(2015, 1, 1), false, born);
  }

  @Test
  void theCorrectedGenderAndBirthYearAreCountedInEveryYear() {
    model.apply(
        admit(VP, "nguyen-hai", Gender.FEMALE, 1995),
        admit(VP, "tran-lan", Gender.FEMALE, 1980),
        events.memberCorrected(VP, "nguyen-hai", Gender.MALE, 1975));

    for (int year : List.of(2023, 2024)) {
      Members members = model.year(VP, year).members();
      assertThat(members)
          .extracting(Members::total, Members::male, Members::female)
          .containsExactly(2L, 1L, 1L);
      assertThat(members.ageBands().get(AgeBands.UNDER_30)).isZero();
      assertThat(members.ageBands().get("40-49")).isEqualTo(2);
    }
  }

  @Test
  void everySegmentTheCorrectionFollowsTakesItAndALaterMoveCarriesItOver() {
    model.apply(
        admit(VP, "nguyen-hai", Gender.FEMALE, 1995),
        events.memberMoved(VP, "nguyen-hai", "to-1", "to-2", LocalDate.of(2020, 1, 1)),
        events.memberCorrected(VP, "nguyen-hai", Gender.MALE, 1975),
        events.memberMoved(VP, "nguyen-hai", "to-2", "to-1", LocalDate.of(2022, 1, 1)));

    assertThat(model.segments())
        .extracting(d -> d.get("groupId"), d -> d.get("gender"), d -> d.get("birthYear"))
        .containsExactly(
            tuple("to-1", "MALE", 1975), tuple("to-2", "MALE", 1975), tuple("to-1", "MALE", 1975));
  }

  @Test
  void aCorrectionChangesOnlyTheBranchWhoseStreamRecordedIt() {
    model.apply(
        admit(VP, "nguyen-hai", Gender.FEMALE, 1995),
        events.transferredOut(VP, "nguyen-hai", TC, LocalDate.of(2020, 1, 1)),
        events.transferredIn(TC, "nguyen-hai", VP, "to-1", Gender.FEMALE, LocalDate.of(2020, 1, 1)),
        events.memberCorrected(TC, "nguyen-hai", Gender.MALE, 1975));

    assertThat(model.year(VP, 2019).members().female()).isEqualTo(1);
    assertThat(model.year(TC, 2024).members().male()).isEqualTo(1);
    // membership records it in every branch that holds the member: then the first agrees too
    model.apply(events.memberCorrected(VP, "nguyen-hai", Gender.MALE, 1975));
    assertThat(model.year(VP, 2019).members().male()).isEqualTo(1);
  }

  @Test
  void anEarlierCorrectionDeliveredAgainDoesNotUndoALaterOne() {
    var admitted = admit(VP, "nguyen-hai", Gender.FEMALE, 1995);
    var first = events.memberCorrected(VP, "nguyen-hai", Gender.MALE, 1975);
    var second = events.memberCorrected(VP, "nguyen-hai", Gender.FEMALE, 1976);
    model.apply(admitted, first, second);
    var once = model.contents();

    model.apply(first);

    assertThat(model.contents()).isEqualTo(once);
    assertThat(model.segments())
        .extracting(d -> d.get("gender"), d -> d.get("birthYear"))
        .containsExactly(tuple("FEMALE", 1976));
  }
}
