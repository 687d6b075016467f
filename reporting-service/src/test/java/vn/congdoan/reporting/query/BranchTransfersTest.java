package vn.congdoan.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.query.YearSummary.GroupMembers;
import vn.congdoan.reporting.query.YearSummary.Members;

/**
 * Members who move from one branch to another: each branch counts them by its own stream, on the
 * same effective date.
 */
class BranchTransfersTest extends TwoBranchesTestBase {
  @BeforeEach
  void withGroups() {
    addGroups();
  }

  private Delivery admit(String branch, String member, Gender gender, String group, LocalDate on) {
    return events.memberAdmitted(branch, member, member, gender, group, on);
  }

  @Test
  void aBranchTransferIsALossForOneBranchAndAGainForTheOtherOnTheSameDay() {
    LocalDate on = LocalDate.of(2024, 9, 1);
    model.apply(
        admit(VP, "do-van-minh", Gender.MALE, "to-2", LocalDate.of(2015, 1, 4)),
        events.transferredOut(VP, "do-van-minh", TC, on),
        events.transferredIn(TC, "do-van-minh", VP, "to-1", Gender.MALE, on));

    assertThat(model.year(VP, 2024).members())
        .extracting(Members::total, Members::male, Members::transferredOut, Members::left)
        .containsExactly(0L, 0L, 1L, 0L);
    assertThat(model.year(TC, 2024).members())
        .extracting(Members::total, Members::male, Members::transferredIn, Members::joined)
        .containsExactly(1L, 1L, 1L, 0L);
    assertThat(model.year(VP, 2023).members().total()).isEqualTo(1);
    assertThat(model.year(TC, 2023).members().total()).isZero();
    var onTheDay = new TestReadModel(mongo, "reporting", on);
    var dayBefore = new TestReadModel(mongo, "reporting", on.minusDays(1));
    assertThat(onTheDay.year(VP, 2024).members().total()).isZero();
    assertThat(onTheDay.year(TC, 2024).members().total()).isEqualTo(1);
    assertThat(dayBefore.year(VP, 2024).members().total()).isEqualTo(1);
    assertThat(dayBefore.year(TC, 2024).members().transferredIn()).isZero();
  }

  @Test
  void aMemberWhoComesBackToABranchIsCountedThereAgain() {
    model.apply(
        admit(VP, "tran-van-ba", Gender.MALE, "to-1", LocalDate.of(2015, 1, 4)),
        events.transferredOut(VP, "tran-van-ba", TC, LocalDate.of(2020, 2, 1)),
        events.transferredIn(TC, "tran-van-ba", VP, "to-1", Gender.MALE, LocalDate.of(2020, 2, 1)),
        events.transferredOut(TC, "tran-van-ba", VP, LocalDate.of(2023, 7, 1)),
        events.transferredIn(VP, "tran-van-ba", TC, "to-2", Gender.MALE, LocalDate.of(2023, 7, 1)));

    assertThat(model.year(VP, 2021).members().total()).isZero();
    assertThat(model.year(TC, 2021).members().total()).isEqualTo(1);
    assertThat(model.year(VP, 2024).members().byGroup())
        .extracting(GroupMembers::total)
        .containsExactly(0L, 1L);
    assertThat(model.year(TC, 2023).members().transferredOut()).isEqualTo(1);
  }

  @Test
  void anErasedMemberIsStillCountedOnlyTheirBranchsSegmentsAreMarked() {
    model.apply(
        admit(VP, "kieu-thi-oanh", Gender.FEMALE, "to-1", LocalDate.of(2010, 1, 1)),
        events.transferredOut(VP, "kieu-thi-oanh", TC, LocalDate.of(2024, 2, 1)),
        events.transferredIn(
            TC, "kieu-thi-oanh", VP, "to-1", Gender.FEMALE, LocalDate.of(2024, 2, 1)),
        events.memberErased(TC, "kieu-thi-oanh"));

    assertThat(model.year(TC, 2024).members().female()).isEqualTo(1);
    assertThat(model.year(VP, 2023).members().female()).isEqualTo(1);
    assertThat(model.segments())
        .extracting(d -> d.get("branchId"), d -> d.get("erased"))
        .containsExactlyInAnyOrder(tuple(VP, false), tuple(TC, true));
  }
}
