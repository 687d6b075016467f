package vn.congdoan.welfare.command;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.welfare.command.CampaignMother.BRANCH;
import static vn.congdoan.welfare.command.CampaignMother.CLOSES;
import static vn.congdoan.welfare.command.CampaignMother.OPENS;
import static vn.congdoan.welfare.command.CampaignMother.OTHER_BRANCH;
import static vn.congdoan.welfare.command.CampaignMother.RECIPIENT;
import static vn.congdoan.welfare.command.CampaignMother.STORM;
import static vn.congdoan.welfare.command.CampaignMother.STORM_CLOSED;
import static vn.congdoan.welfare.command.CampaignMother.STORM_LAUNCHED;
import static vn.congdoan.welfare.command.CampaignMother.received;
import static vn.congdoan.welfare.command.CampaignMother.remitted;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.ConflictException;
import vn.congdoan.platform.api.RuleViolationException;
import vn.congdoan.welfare.api.CampaignDisclosurePublishedEvent;
import vn.congdoan.welfare.api.CampaignId;
import vn.congdoan.welfare.api.DisclosureKind;
import vn.congdoan.welfare.api.PublishDisclosureCommand;
import vn.congdoan.welfare.api.RemitCampaignFundsCommand;
import vn.congdoan.welfare.command.CampaignView.BranchLine;

class CampaignFundsTest {
  private static final LocalDate OCT_2 = LocalDate.of(2024, 10, 2);
  private static final String BOARD = "Bảng tin cơ quan";

  private AggregateTestFixture<Campaign> fixture;

  @BeforeEach
  void setUp() {
    fixture = CampaignMother.fixture();
  }

  private static RemitCampaignFundsCommand remit(String id, long amount) {
    return new RemitCampaignFundsCommand(new CampaignId(STORM), id, RECIPIENT, amount, OCT_2);
  }

  private static PublishDisclosureCommand publish(DisclosureKind kind, LocalDate on) {
    return new PublishDisclosureCommand(new CampaignId(STORM), kind, on, BOARD);
  }

  private static CampaignDisclosurePublishedEvent published(DisclosureKind kind, LocalDate on) {
    return new CampaignDisclosurePublishedEvent(new CampaignId(STORM), kind, on, BOARD);
  }

  @Test
  void collectedMoneyIsRemitted() {
    fixture
        .given(STORM_LAUNCHED, received("c-1", BRANCH, 30_000_000, 12))
        .when(remit("r-1", 30_000_000))
        .expectEvents(remitted("r-1", 30_000_000, OCT_2));
  }

  @Test
  void remittingMoreThanIsAvailableIsRefusedSayingHowMuchIs() {
    fixture
        .given(
            STORM_LAUNCHED,
            received("c-1", BRANCH, 30_000_000, 12),
            received("c-2", OTHER_BRANCH, 16_000_000, 13),
            remitted("r-1", 40_000_000, OCT_2))
        .when(remit("r-2", 6_000_001))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(
            "Campaign bao-so-3-2024 has only 6000000 VND available to remit (collected 46000000,"
                + " already remitted 40000000), not 6000001")
        .expectNoEvents();
  }

  @Test
  void aDuplicateRemittanceIdIsAConflict() {
    fixture
        .given(STORM_LAUNCHED, received("c-1", BRANCH, 30_000_000, 12), remitted("r-1", 1, OCT_2))
        .when(remit("r-1", 1))
        .expectException(ConflictException.class)
        .expectNoEvents();
  }

  @Test
  void aRemittanceBeforeTheCampaignOpensIsRefused() {
    fixture
        .given(STORM_LAUNCHED, received("c-1", BRANCH, 30_000_000, 12))
        .when(
            new RemitCampaignFundsCommand(
                new CampaignId(STORM), "r-1", RECIPIENT, 1, OPENS.minusDays(1)))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void receiptsArePublishedAfterClosing() {
    fixture
        .given(STORM_LAUNCHED, STORM_CLOSED)
        .when(publish(DisclosureKind.RECEIPTS, CLOSES.plusDays(3)))
        .expectEvents(published(DisclosureKind.RECEIPTS, CLOSES.plusDays(3)));
  }

  @Test
  void receiptsBeforeClosingAreRefused() {
    fixture
        .given(STORM_LAUNCHED)
        .when(publish(DisclosureKind.RECEIPTS, CLOSES))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(
            "Campaign bao-so-3-2024 is not closed yet: receipts are published after closing")
        .expectNoEvents();
  }

  @Test
  void receiptsDatedBeforeTheClosingDayAreRefused() {
    fixture
        .given(STORM_LAUNCHED, STORM_CLOSED)
        .when(publish(DisclosureKind.RECEIPTS, CLOSES.minusDays(1)))
        .expectException(RuleViolationException.class)
        .expectNoEvents();
  }

  @Test
  void aDistributionBeforeAnyRemittanceIsRefused() {
    fixture
        .given(STORM_LAUNCHED, received("c-1", BRANCH, 30_000_000, 12), STORM_CLOSED)
        .when(publish(DisclosureKind.DISTRIBUTION, OCT_2))
        .expectException(RuleViolationException.class)
        .expectExceptionMessage(
            "Campaign bao-so-3-2024 has remitted nothing yet: there is no distribution to publish")
        .expectNoEvents();
  }

  @Test
  void theDistributionIsPublishedAfterARemittance() {
    fixture
        .given(STORM_LAUNCHED, received("c-1", BRANCH, 30_000_000, 12), remitted("r-1", 1, OCT_2))
        .when(publish(DisclosureKind.DISTRIBUTION, OCT_2.plusDays(5)))
        .expectEvents(published(DisclosureKind.DISTRIBUTION, OCT_2.plusDays(5)));
  }

  @Test
  void theLiveViewAddsUpWhatCameInAndWentOut() {
    fixture
        .given(
            STORM_LAUNCHED,
            received("c-1", BRANCH, 30_000_000, 12),
            received("c-2", OTHER_BRANCH, 16_000_000, 13),
            received("c-3", BRANCH, 5_000_000, 14),
            STORM_CLOSED,
            published(DisclosureKind.RECEIPTS, CLOSES.plusDays(2)))
        .when(remit("r-1", 40_000_000))
        .expectState(
            campaign -> {
              CampaignView v = campaign.view();
              assertThat(v.collectedVnd()).isEqualTo(51_000_000);
              assertThat(v.remittedVnd()).isEqualTo(40_000_000);
              assertThat(v.availableVnd()).isEqualTo(11_000_000);
              assertThat(v.contributions()).isEqualTo(3);
              assertThat(v.byBranch())
                  .containsExactly(
                      new BranchLine(OTHER_BRANCH, 16_000_000, 1),
                      new BranchLine(BRANCH, 35_000_000, 2));
              assertThat(v.lastRemittedOn()).isEqualTo(OCT_2);
              assertThat(v.receiptsPublished()).containsExactly(CLOSES.plusDays(2));
              assertThat(v.distributionsPublished()).isEmpty();
            });
  }
}
