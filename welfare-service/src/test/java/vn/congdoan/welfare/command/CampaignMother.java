package vn.congdoan.welfare.command;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.welfare.api.CampaignClosedEvent;
import vn.congdoan.welfare.api.CampaignFundsRemittedEvent;
import vn.congdoan.welfare.api.CampaignId;
import vn.congdoan.welfare.api.CampaignLaunchedEvent;
import vn.congdoan.welfare.api.CampaignScope;
import vn.congdoan.welfare.api.ContributionReceivedEvent;
import vn.congdoan.welfare.api.RecordContributionCommand;

/** The storm no. 3 campaign of 2024 and a branch's own campaign, as events for aggregate tests. */
final class CampaignMother {
  static final String STORM = "bao-so-3-2024";
  static final String HOUSING = "nha-o-ho-ngheo";
  static final String BRANCH = "vp-doan-dbqh";
  static final String OTHER_BRANCH = "so-tai-chinh";
  static final String HONG = "nguyen-thi-hong";
  static final LocalDate OPENS = LocalDate.of(2024, 9, 9);
  static final LocalDate CLOSES = LocalDate.of(2024, 9, 30);
  static final String RECIPIENT = "Ủy ban MTTQ tỉnh Thanh Hóa";

  static final CampaignLaunchedEvent STORM_LAUNCHED =
      new CampaignLaunchedEvent(
          new CampaignId(STORM),
          "Ủng hộ đồng bào bị thiệt hại do cơn bão số 3",
          CampaignScope.PROVINCE,
          null,
          "Khắc phục hậu quả bão Yagi",
          OPENS,
          null);
  static final CampaignLaunchedEvent HOUSING_LAUNCHED =
      new CampaignLaunchedEvent(
          new CampaignId(HOUSING),
          "Hỗ trợ xây dựng nhà ở cho hộ nghèo",
          CampaignScope.BRANCH,
          new BranchId(BRANCH),
          "Nhà đại đoàn kết",
          OPENS,
          CLOSES);
  static final CampaignClosedEvent STORM_CLOSED =
      new CampaignClosedEvent(new CampaignId(STORM), CLOSES);

  /** A branch dissolved, its books closed: it neither launches nor gives. */
  static final String CLOSED_BRANCH = "cd-giai-the";

  private CampaignMother() {}

  static AggregateTestFixture<Campaign> fixture() {
    var fixture = new AggregateTestFixture<>(Campaign.class);
    fixture.registerInjectableResource(
        new FakeMemberDirectory()
            .woman(BRANCH, HONG, LocalDate.of(2010, 5, 1))
            .member(OTHER_BRANCH, "pham-van-an", LocalDate.of(2010, 5, 1)));
    fixture.registerInjectableResource(
        new FakeBranchBooks().closed(CLOSED_BRANCH, LocalDate.of(2024, 5, 31)));
    return fixture;
  }

  /** Contribution {@code id} from a branch, not a member, to the storm campaign in September. */
  static RecordContributionCommand give(String id, String branchId, long amount, int day) {
    return give(STORM, id, branchId, null, amount, LocalDate.of(2024, 9, day));
  }

  static RecordContributionCommand give(
      String campaign, String id, String branchId, String member, long amount, LocalDate on) {
    return new RecordContributionCommand(
        new CampaignId(campaign),
        id,
        new BranchId(branchId),
        member == null ? null : new MemberId(member),
        amount,
        on);
  }

  static ContributionReceivedEvent received(String id, String branchId, long amount, int day) {
    return received(give(id, branchId, amount, day));
  }

  /** A contribution is recorded just as it was given. */
  static ContributionReceivedEvent received(RecordContributionCommand given) {
    return new ContributionReceivedEvent(
        given.campaignId(),
        given.contributionId(),
        given.branchId(),
        given.memberId(),
        given.amountVnd(),
        given.receivedOn());
  }

  static CampaignFundsRemittedEvent remitted(String id, long amount, LocalDate on) {
    return new CampaignFundsRemittedEvent(new CampaignId(STORM), id, RECIPIENT, amount, on);
  }
}
