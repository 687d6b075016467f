package vn.congdoan.membership.command;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.membership.command.BranchMother.BRANCH;
import static vn.congdoan.membership.command.BranchMother.GROUP_1;
import static vn.congdoan.membership.command.BranchMother.HONG;
import static vn.congdoan.membership.command.BranchMother.HONG_DATA;
import static vn.congdoan.membership.command.BranchMother.JOINED;
import static vn.congdoan.membership.command.BranchMother.REGISTERED;
import static vn.congdoan.membership.command.MovedMemberMother.NOI_VU;
import static vn.congdoan.membership.command.MovedMemberMother.TU_PHAP;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.BranchDissolvedEvent;
import vn.congdoan.membership.api.CorrectMemberDataCommand;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.MemberDataCorrectedEvent;
import vn.congdoan.membership.api.MemberDepartedEvent;
import vn.congdoan.membership.api.MemberErasedEvent;
import vn.congdoan.membership.api.MemberTransferredInEvent;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.TransferMemberCommand;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.RuleViolationException;

/** A member's own data is corrected by an event, never edited, in every branch that holds them. */
class CorrectionTest {
  private static final String REASON = "Sai chính tả so với căn cước";
  private static final String NHUNG = "Nguyễn Thị Hồng Nhung";
  private static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);
  private static final PersonalData NAME_FIXED =
      new PersonalData(NHUNG, HONG_DATA.dateOfBirth(), HONG_DATA.phone(), HONG_DATA.email());

  private AggregateTestFixture<Branch> fixture;
  private final BranchesFixture branches = new BranchesFixture();

  @BeforeEach
  void setUp() {
    fixture = BranchMother.fixture(new FakeKeys(), new FakeClaims());
  }

  @AfterEach
  void stop() {
    branches.close();
  }

  private static CorrectMemberDataCommand name(BranchId at, boolean byFederation) {
    return new CorrectMemberDataCommand(
        at, HONG, NHUNG, null, null, null, null, REASON, byFederation);
  }

  private static MemberDataCorrectedEvent nameFixed(BranchId in) {
    return new MemberDataCorrectedEvent(
        HONG, in, FakeKeys.sealed(NAME_FIXED), Gender.FEMALE, 1985, REASON);
  }

  @Test
  void aCorrectionSealsTheDataAgainWithOnlyTheGivenFieldsChanged() {
    fixture
        .given(REGISTERED, GROUP_1, BranchMother.hongAdmitted())
        .when(name(BRANCH, false))
        .expectEvents(nameFixed(BRANCH));
  }

  @Test
  void aCorrectedBirthDateAndGenderChangeWhatTheBranchCountsBy() {
    var born = LocalDate.of(1986, 1, 2);
    fixture
        .given(REGISTERED, GROUP_1, BranchMother.hongAdmitted())
        .when(
            new CorrectMemberDataCommand(
                BRANCH, HONG, null, born, Gender.MALE, null, "hong@example.vn", REASON, false))
        .expectEvents(
            new MemberDataCorrectedEvent(
                HONG,
                BRANCH,
                FakeKeys.sealed(
                    new PersonalData(
                        HONG_DATA.fullName(), born, HONG_DATA.phone(), "hong@example.vn")),
                Gender.MALE,
                1986,
                REASON))
        .expectState(
            b -> {
              MemberState hong = b.view().members().get(0);
              assertThat(hong.gender()).isEqualTo(Gender.MALE);
              assertThat(hong.birthYear()).isEqualTo(1986);
              assertThat(FakeKeys.opened(hong.personal()).dateOfBirth()).isEqualTo(born);
            });
  }

  @Test
  void aBirthDateThatMakesTheMemberJoinYoungerThanFifteenIsRefused() {
    fixture
        .given(REGISTERED, GROUP_1, BranchMother.hongAdmitted())
        .when(
            new CorrectMemberDataCommand(
                BRANCH,
                HONG,
                null,
                JOINED.minusYears(15).plusDays(1),
                null,
                null,
                null,
                REASON,
                false))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(
            "Member nguyen-thi-hong, born on 02/05/1995, would join on 01/05/2010 younger than 15:"
                + " check the dates")
        .expectNoEvents();
  }

  @Test
  void anErasedMembersDataCannotBeCorrected() {
    fixture
        .given(
            REGISTERED, GROUP_1, BranchMother.hongAdmitted(), new MemberErasedEvent(HONG, BRANCH))
        .when(name(BRANCH, true))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(
            "Member nguyen-thi-hong was erased: there is no personal data left to correct")
        .expectNoEvents();
  }

  @Test
  void aDissolvedBranchsOfficerCannotCorrectButFederationStaffCan() {
    Object[] dissolved = {
      REGISTERED,
      GROUP_1,
      BranchMother.hongAdmitted(),
      new MemberDepartedEvent(HONG, BRANCH, DepartureReason.BRANCH_DISSOLVED, JUNE_1),
      new BranchDissolvedEvent(BRANCH, JUNE_1, "4133/TLĐ-ToC")
    };
    fixture
        .given(dissolved)
        .when(name(BRANCH, false))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
    fixture.given(dissolved).when(name(BRANCH, true)).expectEvents(nameFixed(BRANCH));
  }

  @Test
  void aCorrectionIsRecordedInEveryBranchThatHoldsTheMember() {
    MovedMemberMother.givenHongMovedTwice(branches)
        .when(name(NOI_VU, false))
        .expectEvents(NOI_VU, nameFixed(NOI_VU))
        .expectEvents(TU_PHAP, nameFixed(TU_PHAP))
        .expectEvents(BRANCH, nameFixed(BRANCH));
  }

  @Test
  void anOfficerOfAnOldBranchIsToldToAskWhereTheMemberWent() {
    MovedMemberMother.givenHongMovedTwice(branches)
        .when(name(TU_PHAP, false))
        .expectException(
            RuleViolationException.class,
            "Member nguyen-thi-hong moved to branch so-noi-vu on 2024-09-01: ask there for the"
                + " correction, or ask federation staff");
  }

  @Test
  void aLaterTransferCarriesTheCorrectedData() {
    branches
        .given(
            REGISTERED.branchId(),
            REGISTERED,
            GROUP_1,
            BranchMother.hongAdmitted(),
            nameFixed(BRANCH))
        .given(TU_PHAP, MovedMemberMother.registered(TU_PHAP), MovedMemberMother.group(TU_PHAP))
        .when(new TransferMemberCommand(BRANCH, HONG, new GroupId("to-1"), TU_PHAP, JUNE_1));
    var arrived = (MemberTransferredInEvent) branches.recorded(TU_PHAP).get(0);
    assertThat(arrived.personal()).isEqualTo(FakeKeys.sealed(NAME_FIXED));
  }
}
