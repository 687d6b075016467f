package vn.congdoan.welfare.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Refusal;

/** What the directory answers after membership events, fed straight to the projection. */
class MemberDirectoryTest extends DirectoryCase {
  private static final String SO_Y_TE = "so-y-te";
  private static final String SO_GD = "so-giao-duc";
  private static final LocalDate JOINED = LocalDate.of(2020, 3, 2);
  private static final LocalDate LEFT = LocalDate.of(2025, 6, 30);

  @Test
  void anAdmittedMemberIsAMemberFromTheDayTheyJoined() {
    model.apply(events.admitted(SO_Y_TE, "lan", Gender.FEMALE, JOINED));

    assertThat(problem(SO_Y_TE, "lan", JOINED)).isEmpty();
    assertThat(problem(SO_Y_TE, "lan", LocalDate.of(2030, 1, 1))).isEmpty();
    assertThat(model.directory.activeMembers(SO_Y_TE, JOINED)).containsExactly("lan");
  }

  @Test
  void aMemberWhoLeftOnADayIsNoMemberThatDay() {
    model.apply(
        events.admitted(SO_Y_TE, "binh", Gender.MALE, JOINED),
        events.departed(SO_Y_TE, "binh", LEFT));

    assertThat(problem(SO_Y_TE, "binh", LEFT.minusDays(1))).isEmpty();
    assertThat(problem(SO_Y_TE, "binh", LEFT).map(Refusal::english))
        .contains("Member binh was not a member of branch so-y-te on 2025-06-30");
    assertThat(model.directory.activeMembers(SO_Y_TE, LEFT)).isEmpty();
  }

  @Test
  void aTransferMovesTheMemberFromOneBranchToTheOtherOnTheSameDay() {
    model.apply(
        events.admitted(SO_Y_TE, "hoa", Gender.FEMALE, JOINED),
        events.transferredOut(SO_Y_TE, "hoa", SO_GD, LEFT),
        events.transferredIn(SO_GD, "hoa", SO_Y_TE, Gender.FEMALE, LEFT));

    LocalDate before = LEFT.minusDays(1);
    assertThat(model.directory.activeMembers(SO_Y_TE, before)).containsExactly("hoa");
    assertThat(model.directory.activeMembers(SO_GD, before)).isEmpty();
    assertThat(model.directory.activeMembers(SO_Y_TE, LEFT)).isEmpty();
    assertThat(model.directory.activeMembers(SO_GD, LEFT)).containsExactly("hoa");
    assertThat(problem(SO_GD, "hoa", LEFT)).isEmpty();
    assertThat(problem(SO_Y_TE, "hoa", LEFT)).isPresent();
  }

  @Test
  void aMemberWhoComesBackByTransferIsAMemberAgainButNotInBetween() {
    LocalDate back = LocalDate.of(2026, 1, 5);
    model.apply(
        events.admitted(SO_Y_TE, "hoa", Gender.FEMALE, JOINED),
        events.transferredOut(SO_Y_TE, "hoa", SO_GD, LEFT),
        events.transferredIn(SO_Y_TE, "hoa", SO_GD, Gender.FEMALE, back));

    assertThat(problem(SO_Y_TE, "hoa", LEFT.minusDays(1))).isEmpty();
    assertThat(problem(SO_Y_TE, "hoa", LEFT.plusMonths(3))).isPresent();
    assertThat(problem(SO_Y_TE, "hoa", back)).isEmpty();
    assertThat(model.stays.collection().countDocuments()).isEqualTo(1);
  }

  @Test
  void anUnknownMemberIsNotAMemberOfTheBranch() {
    model.apply(events.admitted(SO_Y_TE, "lan", Gender.FEMALE, JOINED));

    assertThat(problem(SO_Y_TE, "ai-do", JOINED).map(Refusal::english))
        .contains("Member ai-do is not a member of branch so-y-te");
  }

  @Test
  void aMemberOfAnotherBranchIsNotAMemberOfThisOne() {
    model.apply(events.admitted(SO_GD, "tuan", Gender.MALE, JOINED));

    assertThat(problem(SO_Y_TE, "tuan", JOINED).map(Refusal::english))
        .contains("Member tuan is not a member of branch so-y-te");
  }

  @Test
  void aMemberIsNotAMemberBeforeTheyJoined() {
    model.apply(events.admitted(SO_Y_TE, "lan", Gender.FEMALE, JOINED));

    assertThat(problem(SO_Y_TE, "lan", JOINED.minusDays(1)).map(Refusal::english))
        .contains("Member lan was not a member of branch so-y-te on 2020-03-01");
  }

  @Test
  void womenAreListedForTheGiftsInMemberIdOrderHonoraryIncluded() {
    model.apply(
        events.admitted(SO_Y_TE, "yen", Gender.FEMALE, JOINED),
        events.admitted(SO_Y_TE, "binh", Gender.MALE, JOINED),
        events.admitted(SO_Y_TE, "an", Gender.FEMALE, JOINED, true),
        events.admitted(SO_Y_TE, "mai", Gender.FEMALE, LocalDate.of(2025, 3, 9)),
        events.admitted(SO_GD, "cuc", Gender.FEMALE, JOINED));

    LocalDate womensDay = LocalDate.of(2025, 3, 8);
    assertThat(model.directory.activeWomen(SO_Y_TE, womensDay)).containsExactly("an", "yen");
    assertThat(model.directory.activeMembers(SO_Y_TE, womensDay))
        .containsExactly("an", "binh", "yen");
    assertThat(problem(SO_Y_TE, "an", womensDay)).isEmpty();
  }

  @Test
  void eventsTheDirectoryDoesNotKeepAreSkippedAndCounted() {
    model.apply(
        events.branchRegistered(SO_Y_TE),
        events.admitted(SO_Y_TE, "lan", Gender.FEMALE, JOINED),
        events.movedToGroup(SO_Y_TE, "lan", JOINED.plusYears(1)),
        events.erased(SO_Y_TE, "lan"));

    assertThat(model.directory.activeMembers(SO_Y_TE, LEFT)).containsExactly("lan");
    assertThat(model.count("skipped")).isEqualTo(3);
    assertThat(model.count("applied")).isEqualTo(1);
  }

  @Test
  void anUndecodablePayloadIsSkippedAndTheRestApplied() {
    var json = MembershipEventMother.JSON;
    var notADate =
        json.createObjectNode()
            .put("memberId", "lan")
            .put("branchId", SO_Y_TE)
            .put("joinedOn", "hôm qua");
    var noDate = json.createObjectNode().put("memberId", "lan").put("branchId", SO_Y_TE);
    model.apply(
        events.raw(SO_Y_TE, "membership.MemberAdmitted", notADate),
        events.raw(SO_Y_TE, "membership.MemberDeparted", noDate),
        events.admitted(SO_Y_TE, "lan", Gender.FEMALE, JOINED));

    assertThat(model.count("poison")).isEqualTo(2);
    assertThat(model.directory.activeMembers(SO_Y_TE, JOINED)).containsExactly("lan");
  }

  private Optional<Refusal> problem(String branch, String member, LocalDate on) {
    return model.directory.problem(new BranchId(branch), new MemberId(member), on);
  }
}
