package vn.congdoan.welfare.command;

import static vn.congdoan.welfare.command.CampaignMother.BRANCH;
import static vn.congdoan.welfare.command.CampaignMother.CLOSED_BRANCH;
import static vn.congdoan.welfare.command.CampaignMother.CLOSES;
import static vn.congdoan.welfare.command.CampaignMother.HONG;
import static vn.congdoan.welfare.command.CampaignMother.HOUSING;
import static vn.congdoan.welfare.command.CampaignMother.HOUSING_LAUNCHED;
import static vn.congdoan.welfare.command.CampaignMother.OPENS;
import static vn.congdoan.welfare.command.CampaignMother.OTHER_BRANCH;
import static vn.congdoan.welfare.command.CampaignMother.STORM;
import static vn.congdoan.welfare.command.CampaignMother.STORM_CLOSED;
import static vn.congdoan.welfare.command.CampaignMother.STORM_LAUNCHED;
import static vn.congdoan.welfare.command.CampaignMother.give;
import static vn.congdoan.welfare.command.CampaignMother.received;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.RuleViolationException;
import vn.congdoan.welfare.api.CampaignClosedEvent;
import vn.congdoan.welfare.api.CampaignId;
import vn.congdoan.welfare.api.CampaignScope;
import vn.congdoan.welfare.api.CloseCampaignCommand;
import vn.congdoan.welfare.api.LaunchCampaignCommand;

class CampaignTest {
  private AggregateTestFixture<Campaign> fixture;

  @BeforeEach
  void setUp() {
    fixture = CampaignMother.fixture();
  }

  private static LaunchCampaignCommand launchHousing(String branchId, LocalDate closesOn) {
    return new LaunchCampaignCommand(
        new CampaignId(HOUSING),
        "Nhà ở",
        CampaignScope.BRANCH,
        new BranchId(branchId),
        "Nhà",
        OPENS,
        closesOn);
  }

  @Test
  void aProvinceCampaignIsLaunched() {
    var e = STORM_LAUNCHED;
    fixture
        .givenNoPriorActivity()
        .when(
            new LaunchCampaignCommand(
                new CampaignId(STORM),
                e.title(),
                e.scope(),
                null,
                e.purpose(),
                e.opensOn(),
                e.closesOn()))
        .expectEvents(STORM_LAUNCHED);
  }

  @Test
  void aProvinceCampaignNamingABranchIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(
            new LaunchCampaignCommand(
                new CampaignId(STORM),
                "Bão số 3",
                CampaignScope.PROVINCE,
                new BranchId(BRANCH),
                "Bão Yagi",
                OPENS,
                null))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void aCampaignClosingBeforeItOpensIsRefused() {
    fixture
        .givenNoPriorActivity()
        .when(launchHousing(BRANCH, OPENS.minusDays(1)))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void aDissolvedBranchLaunchesNoCampaign() {
    fixture
        .givenNoPriorActivity()
        .when(launchHousing(CLOSED_BRANCH, null))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("The books of branch " + CLOSED_BRANCH + " closed on 2024-05-31")
        .expectNoEvents();
  }

  @Test
  void aDissolvedBranchGivesNoMoreToAProvinceCampaign() {
    fixture
        .given(STORM_LAUNCHED)
        .when(give("c-1", CLOSED_BRANCH, 1_000_000, 12))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void aContributionFromAnyBranchCountsForAProvinceCampaign() {
    fixture
        .given(STORM_LAUNCHED)
        .when(give("c-1", OTHER_BRANCH, 1_000_000, 12))
        .expectEvents(received("c-1", OTHER_BRANCH, 1_000_000, 12));
  }

  @Test
  void aMembersContributionIsCheckedAgainstTheDirectory() {
    var hongGives = give(STORM, "c-1", BRANCH, HONG, 200_000, LocalDate.of(2024, 9, 12));
    fixture.given(STORM_LAUNCHED).when(hongGives).expectEvents(received(hongGives));
  }

  @Test
  void aContributionInTheNameOfAnotherBranchsMemberIsRefused() {
    fixture
        .given(STORM_LAUNCHED)
        .when(give(STORM, "c-1", BRANCH, "pham-van-an", 200_000, LocalDate.of(2024, 9, 12)))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Member pham-van-an is not in branch vp-doan-dbqh on 2024-09-12")
        .expectNoEvents();
  }

  @Test
  void anotherBranchCannotContributeToABranchCampaign() {
    fixture
        .given(HOUSING_LAUNCHED)
        .when(give(HOUSING, "c-1", OTHER_BRANCH, null, 500_000, LocalDate.of(2024, 9, 12)))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(
            "Campaign nha-o-ho-ngheo is branch vp-doan-dbqh's own: branch so-tai-chinh cannot"
                + " contribute to it")
        .expectNoEvents();
  }

  @Test
  void aDuplicateContributionIdIsAConflict() {
    fixture
        .given(STORM_LAUNCHED, received("c-1", BRANCH, 1_000_000, 12))
        .when(give("c-1", BRANCH, 1_000_000, 12))
        .expectException(ConflictException.class)
        .expectNoEvents();
  }

  @Test
  void aZeroContributionIsRefused() {
    fixture
        .given(STORM_LAUNCHED)
        .when(give("c-1", BRANCH, 0, 12))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void aContributionBeforeTheCampaignOpensIsRefused() {
    fixture
        .given(STORM_LAUNCHED)
        .when(give("c-1", BRANCH, 1_000_000, 8))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(
            "Campaign bao-so-3-2024 cannot receive a contribution on 2024-09-08, before it opens"
                + " on 2024-09-09")
        .expectNoEvents();
  }

  @Test
  void aContributionReceivedAfterClosingIsRefused() {
    fixture
        .given(STORM_LAUNCHED, STORM_CLOSED)
        .when(give(STORM, "c-1", BRANCH, null, 1_000_000, CLOSES.plusDays(1)))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(
            "Campaign bao-so-3-2024 closed on 2024-09-30: a contribution received on 2024-10-01"
                + " no longer counts")
        .expectNoEvents();
  }

  @Test
  void aContributionReceivedByTheClosingDayMayStillBeRecorded() {
    fixture
        .given(STORM_LAUNCHED, STORM_CLOSED)
        .when(give("c-1", BRANCH, 1_000_000, 30))
        .expectEvents(received("c-1", BRANCH, 1_000_000, 30));
  }

  @Test
  void aCampaignIsClosed() {
    fixture
        .given(STORM_LAUNCHED, received("c-1", BRANCH, 1_000_000, 12))
        .when(new CloseCampaignCommand(new CampaignId(STORM), CLOSES))
        .expectEvents(new CampaignClosedEvent(new CampaignId(STORM), CLOSES));
  }

  @Test
  void closingTwiceIsRefused() {
    fixture
        .given(STORM_LAUNCHED, STORM_CLOSED)
        .when(new CloseCampaignCommand(new CampaignId(STORM), CLOSES.plusDays(1)))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage("Campaign bao-so-3-2024 was already closed on 2024-09-30")
        .expectNoEvents();
  }

  @Test
  void closingBeforeTheCampaignOpensIsRefused() {
    fixture
        .given(STORM_LAUNCHED)
        .when(new CloseCampaignCommand(new CampaignId(STORM), OPENS.minusDays(1)))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void closingBeforeAContributionAlreadyReceivedIsRefused() {
    fixture
        .given(STORM_LAUNCHED, received("c-1", BRANCH, 1_000_000, 20))
        .when(new CloseCampaignCommand(new CampaignId(STORM), LocalDate.of(2024, 9, 19)))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(
            "Campaign bao-so-3-2024 cannot close on 2024-09-19: a contribution was received on"
                + " 2024-09-20")
        .expectNoEvents();
  }
}
