package vn.congdoan.it;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.axonframework.serialization.Revision;
import vn.congdoan.finance.api.BooksClosedEvent;
import vn.congdoan.finance.api.BudgetStanding;
import vn.congdoan.finance.api.DuesPayment;
import vn.congdoan.finance.api.DuesRecordedEvent;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.ExpenseRecordedEvent;
import vn.congdoan.finance.api.GrantExpenseRecordedEvent;
import vn.congdoan.finance.api.GrantExpenseReversedEvent;
import vn.congdoan.finance.api.IncomeRecordedEvent;
import vn.congdoan.finance.api.Share;
import vn.congdoan.finance.api.ShareRemittedEvent;
import vn.congdoan.finance.api.UnionFundingRecordedEvent;
import vn.congdoan.membership.api.AchievementKind;
import vn.congdoan.membership.api.AchievementRecordedEvent;
import vn.congdoan.membership.api.ActivityHeldEvent;
import vn.congdoan.membership.api.ActivityKind;
import vn.congdoan.membership.api.AwardGrantedEvent;
import vn.congdoan.membership.api.BranchDissolvedEvent;
import vn.congdoan.membership.api.BranchRegisteredEvent;
import vn.congdoan.membership.api.ComplaintReceivedEvent;
import vn.congdoan.membership.api.ComplaintResolvedEvent;
import vn.congdoan.membership.api.DepartureReason;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.GroupAddedEvent;
import vn.congdoan.membership.api.GroupId;
import vn.congdoan.membership.api.GroupRating;
import vn.congdoan.membership.api.InspectionHeldEvent;
import vn.congdoan.membership.api.InspectionScope;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.MemberDepartedEvent;
import vn.congdoan.membership.api.MemberErasedEvent;
import vn.congdoan.membership.api.MemberMovedToGroupEvent;
import vn.congdoan.membership.api.MemberRating;
import vn.congdoan.membership.api.MemberTransferredInEvent;
import vn.congdoan.membership.api.MemberTransferredOutEvent;
import vn.congdoan.membership.api.NarrativeRecordedEvent;
import vn.congdoan.membership.api.Position;
import vn.congdoan.membership.api.RatingsRecordedEvent;
import vn.congdoan.membership.api.SealedPersonalData;
import vn.congdoan.membership.api.Sector;
import vn.congdoan.membership.api.Signatory;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.platform.api.WireName;
import vn.congdoan.welfare.api.CampaignClosedEvent;
import vn.congdoan.welfare.api.CampaignDisclosurePublishedEvent;
import vn.congdoan.welfare.api.CampaignFundsRemittedEvent;
import vn.congdoan.welfare.api.CampaignId;
import vn.congdoan.welfare.api.CampaignLaunchedEvent;
import vn.congdoan.welfare.api.CampaignScope;
import vn.congdoan.welfare.api.ContributionReceivedEvent;
import vn.congdoan.welfare.api.DisclosureKind;
import vn.congdoan.welfare.api.Fund;
import vn.congdoan.welfare.api.GrantKind;
import vn.congdoan.welfare.api.Recipient;
import vn.congdoan.welfare.api.Relation;
import vn.congdoan.welfare.api.WelfareGrantRecordedEvent;
import vn.congdoan.welfare.api.WelfareGrantReversedEvent;

/**
 * A seeded province history as the three recording services would publish it, straight to their
 * topics: per branch its registration, groups, members admitted (some moved, transferred to the
 * previous branch, departed or erased), what it records of two years, welfare grants (some
 * reversed) with their expenses in the ledger, contributions to province campaigns, and two years
 * of dues, funding, expenses and remittances. Each aggregate's events are numbered from 0; event
 * ids and timestamps come from the seed, so one seed is one history.
 */
final class ScaleHistory {
  /** Where the envelopes go, in order: {@code key} is the aggregate id, as the relay keys them. */
  interface Sink {
    void send(String topic, String key, EventEnvelope envelope);
  }

  static final int MEMBERS = 110;
  private static final LocalDate START = LocalDate.of(2024, 1, 2);

  private final Random random;
  private final Sink sink;
  private final Map<String, Long> sequences = new HashMap<>();
  private Instant clock = Instant.parse("2024-01-01T01:00:00Z");
  private long sent;

  private ScaleHistory(long seed, Sink sink) {
    this.random = new Random(seed);
    this.sink = sink;
  }

  /** Sends the history of {@code branches} branches; returns how many events it holds. */
  static long send(long seed, int branches, Sink sink) {
    var history = new ScaleHistory(seed, sink);
    history.province(branches);
    return history.sent;
  }

  private void province(int branches) {
    List<String> campaigns = List.of("bao-yagi", "vi-nguoi-ngheo", "tet-sum-vay");
    for (String campaign : campaigns) {
      campaign(
          campaign,
          new CampaignLaunchedEvent(
              new CampaignId(campaign),
              "Vận động " + campaign,
              CampaignScope.PROVINCE,
              null,
              "Vận động ủng hộ",
              START,
              START.plusMonths(10)));
    }
    for (int b = 0; b < branches; b++) {
      branch(b, campaigns);
    }
    for (String campaign : campaigns) {
      campaign(campaign, new CampaignClosedEvent(new CampaignId(campaign), START.plusMonths(10)));
      campaign(
          campaign,
          new CampaignFundsRemittedEvent(
              new CampaignId(campaign),
              campaign + "-nop",
              "Ủy ban MTTQ Việt Nam tỉnh",
              50_000_000L,
              START.plusMonths(11)));
      campaign(
          campaign,
          new CampaignDisclosurePublishedEvent(
              new CampaignId(campaign),
              DisclosureKind.RECEIPTS,
              START.plusMonths(11),
              "Bảng tin cơ quan"));
    }
  }

  private void branch(int b, List<String> campaigns) {
    String branchId = "quy-mo-" + b;
    var branch = new BranchId(branchId);
    membership(
        branchId,
        new BranchRegisteredEvent(
            branch, "Công đoàn cơ sở số " + b, "Công đoàn Viên chức tỉnh", Sector.STATE_AGENCY));
    for (int g = 1; g <= 4; g++) {
      membership(
          branchId, new GroupAddedEvent(branch, new GroupId("to-" + g), "Tổ công đoàn số " + g));
    }
    for (int m = 0; m < MEMBERS; m++) {
      member(b, branch, m);
    }
    records(branch);
    for (int i = 0; i < 20; i++) {
      grant(branchId, branchId + "-tc-" + i);
    }
    for (String campaign : campaigns) {
      for (int i = 0; i < 3; i++) {
        campaign(
            campaign,
            new ContributionReceivedEvent(
                new CampaignId(campaign),
                branchId + "-" + i,
                new BranchId(branchId),
                null,
                100_000L * (1 + random.nextInt(50)),
                START.plusDays(random.nextInt(280))));
      }
    }
    ledger(branchId);
    if (b % 50 == 49) {
      LocalDate on = LocalDate.of(2025, 12, 31);
      membership(branchId, new BranchDissolvedEvent(branch, on, "Công văn giải thể"));
      finance(branchId, new BooksClosedEvent(new BranchId(branchId), on, 1_000_000L, 1_000_000L));
    }
  }

  private void member(int b, BranchId branch, int m) {
    var member = new MemberId(branch.value() + "-dv-" + m);
    String group = "to-" + (1 + random.nextInt(4));
    Gender gender = random.nextBoolean() ? Gender.FEMALE : Gender.MALE;
    int birthYear = 1965 + random.nextInt(40);
    LocalDate joined = START.minusDays(random.nextInt(3000));
    membership(
        branch.value(),
        new MemberAdmittedEvent(
            member,
            branch,
            new GroupId(group),
            sealed(member.value()),
            gender,
            birthYear,
            joined,
            m == 0 ? Position.CHAIR : null,
            m % 37 == 36));
    LocalDate later = START.plusDays(random.nextInt(600));
    switch (random.nextInt(12)) {
      case 0 ->
          membership(
              branch.value(),
              new MemberMovedToGroupEvent(
                  member,
                  branch,
                  new GroupId(group),
                  new GroupId("to-" + (1 + random.nextInt(4))),
                  later));
      case 1 -> {
        if (b > 0) {
          var to = new BranchId("quy-mo-" + (b - 1));
          membership(branch.value(), new MemberTransferredOutEvent(member, branch, to, later));
          membership(
              to.value(),
              new MemberTransferredInEvent(
                  member,
                  to,
                  branch,
                  new GroupId("to-1"),
                  sealed(member.value()),
                  gender,
                  birthYear,
                  joined,
                  null,
                  false,
                  later));
        }
      }
      case 2 ->
          membership(
              branch.value(),
              new MemberDepartedEvent(member, branch, DepartureReason.RETIRED, later));
      case 3 -> membership(branch.value(), new MemberErasedEvent(member, branch));
      default -> {}
    }
  }

  private void records(BranchId branch) {
    String id = branch.value();
    for (int year = 2024; year <= 2025; year++) {
      membership(
          id,
          new ActivityHeldEvent(
              id + "-hd-" + year,
              branch,
              ActivityKind.values()[random.nextInt(ActivityKind.values().length)],
              "Hội nghị cán bộ, công chức",
              LocalDate.of(year, 3, 1 + random.nextInt(28)),
              20 + random.nextInt(80)));
      membership(
          id,
          new AwardGrantedEvent(
              id + "-kt-" + year,
              branch,
              year,
              null,
              "Tập thể lao động xuất sắc",
              "Liên đoàn Lao động tỉnh",
              LocalDate.of(year, 12, 20)));
      membership(
          id,
          new AchievementRecordedEvent(
              id + "-tt-" + year,
              branch,
              new MemberId(id + "-dv-1"),
              year,
              AchievementKind.MASTER,
              "Thạc sĩ quản lý công"));
      membership(
          id,
          new ComplaintReceivedEvent(
              id + "-don-" + year, branch, LocalDate.of(year, 5, 4), "Đơn kiến nghị"));
      membership(
          id,
          new ComplaintResolvedEvent(
              id + "-don-" + year, branch, LocalDate.of(year, 6, 4), "Đã giải quyết"));
      membership(
          id,
          new InspectionHeldEvent(
              id + "-ktr-" + year,
              branch,
              LocalDate.of(year, 9, 9),
              InspectionScope.FINANCE,
              random.nextInt(3)));
      membership(
          id,
          new RatingsRecordedEvent(
              branch,
              year,
              "HTXSNV",
              List.of(
                  new GroupRating(new GroupId("to-1"), "HTTNV"),
                  new GroupRating(new GroupId("to-2"), "HTNV")),
              List.of(new MemberRating(new MemberId(id + "-dv-2"), "HTXSNV"))));
      // a later word on the branch replaces the first
      membership(id, new RatingsRecordedEvent(branch, year, "HTTNV", List.of(), List.of()));
      membership(
          id,
          new NarrativeRecordedEvent(
              branch,
              year,
              "Một số hoạt động chưa thu hút đông đảo đoàn viên.",
              "Công việc chuyên môn nhiều.",
              "Chăm lo đời sống đoàn viên",
              List.of("Công đoàn Viên chức tỉnh", "Lưu: VT"),
              new Signatory("CHỦ TỊCH", "Nguyễn Văn " + year)));
    }
  }

  private void grant(String branchId, String grantId) {
    int recipients = 1 + random.nextInt(4);
    long each = 100_000L * (1 + random.nextInt(10));
    LocalDate on = START.plusDays(random.nextInt(600));
    List<Recipient> who =
        IntStream.range(0, recipients)
            .mapToObj(i -> new Recipient(new MemberId(branchId + "-dv-" + i), Relation.SELF))
            .toList();
    GrantKind kind = GrantKind.values()[random.nextInt(GrantKind.values().length)];
    welfare(
        grantId,
        branchId,
        new WelfareGrantRecordedEvent(
            new GrantId(grantId),
            new BranchId(branchId),
            kind,
            on,
            who,
            each,
            Fund.DUES,
            "Thăm hỏi, tặng quà"));
    finance(
        branchId,
        new GrantExpenseRecordedEvent(
            new BranchId(branchId),
            "grant-" + grantId,
            new GrantId(grantId),
            each * recipients,
            on));
    if (random.nextInt(10) == 0) {
      LocalDate undone = on.plusDays(5);
      welfare(
          grantId,
          branchId,
          new WelfareGrantReversedEvent(
              new GrantId(grantId), new BranchId(branchId), "Ghi nhầm đối tượng", undone));
      finance(
          branchId,
          new GrantExpenseReversedEvent(
              new BranchId(branchId),
              "grant-" + grantId,
              new GrantId(grantId),
              each * recipients,
              undone,
              on,
              on.getYear()));
    }
  }

  private void ledger(String branchId) {
    for (YearMonth period = YearMonth.of(2024, 1);
        !period.isAfter(YearMonth.of(2025, 12));
        period = period.plusMonths(1)) {
      List<DuesPayment> payments = new ArrayList<>();
      for (int m = 0; m < 5; m++) {
        long salary = 8_000_000L + 500_000L * random.nextInt(20);
        payments.add(
            new DuesPayment(
                new MemberId(branchId + "-dv-" + m), salary, salary / 100, salary / 100));
      }
      finance(
          branchId,
          new DuesRecordedEvent(
              new BranchId(branchId),
              period,
              payments,
              "quy-dinh-2024",
              period.plusMonths(1).atDay(5)));
      long funding = 1_000_000L + 10_000L * random.nextInt(100);
      finance(
          branchId,
          new UnionFundingRecordedEvent(
              new BranchId(branchId), period, funding * 50, funding, funding, "quy-dinh-2024"));
      if (period.getMonthValue() % 2 == 0) {
        finance(
            branchId,
            new ExpenseRecordedEvent(
                new BranchId(branchId),
                branchId + "-chi-" + period,
                ExpenseCategory.values()[random.nextInt(ExpenseCategory.values().length)],
                200_000L * (1 + random.nextInt(20)),
                period.atDay(15),
                "PC-" + period,
                BudgetStanding.WITHIN_BUDGET));
      }
      if (period.getMonthValue() % 3 == 0) {
        finance(
            branchId,
            new ShareRemittedEvent(
                new BranchId(branchId),
                branchId + "-nop-" + period,
                Share.DUES,
                300_000L,
                period.atDay(20)));
      }
    }
    finance(
        branchId,
        new IncomeRecordedEvent(
            new BranchId(branchId),
            branchId + "-thu-1",
            "Hỗ trợ của cơ quan",
            5_000_000L,
            START.plusDays(30)));
  }

  /** What personal data looks like on the wire: sealed, never readable by reporting. */
  private static SealedPersonalData sealed(String memberId) {
    return new SealedPersonalData(
        "AES-256-GCM/1",
        Base64.getEncoder().encodeToString(memberId.getBytes(StandardCharsets.UTF_8)));
  }

  private void membership(String branchId, Object event) {
    send(Topics.MEMBERSHIP, "Branch", branchId, branchId, event);
  }

  private void welfare(String grantId, String branchId, Object event) {
    send(Topics.WELFARE, "Grant", grantId, branchId, event);
  }

  private void campaign(String campaignId, Object event) {
    send(Topics.WELFARE, "Campaign", campaignId, null, event);
  }

  private void finance(String branchId, Object event) {
    send(Topics.FINANCE, "Ledger", branchId, branchId, event);
  }

  private void send(
      String topic, String aggregateType, String aggregateId, String branchId, Object event) {
    long sequence = sequences.merge(aggregateType + ":" + aggregateId, 1L, Long::sum) - 1;
    clock = clock.plusMillis(1 + random.nextInt(5_000));
    var envelope =
        new EventEnvelope(
            new UUID(random.nextLong(), random.nextLong()).toString(),
            event.getClass().getAnnotation(WireName.class).value(),
            event.getClass().getAnnotation(Revision.class).value(),
            aggregateType,
            aggregateId,
            sequence,
            clock,
            branchId == null
                ? Map.of(MetadataKeys.USER, "can-bo-cong-doan")
                : Map.of(MetadataKeys.BRANCH, branchId, MetadataKeys.USER, "can-bo-cong-doan"),
            EventJson.mapper().valueToTree(event));
    sink.send(topic, aggregateId, envelope);
    sent++;
  }
}
