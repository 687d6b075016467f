package vn.congdoan.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.finance.api.ExpenseCategory;
import vn.congdoan.finance.api.RecordGrantExpenseCommand;
import vn.congdoan.finance.api.ReverseGrantExpenseCommand;
import vn.congdoan.finance.api.SettleYearCommand;
import vn.congdoan.finance.command.Branches;
import vn.congdoan.finance.command.Ledger;
import vn.congdoan.finance.command.RuleTable;
import vn.congdoan.finance.command.Rules;
import vn.congdoan.finance.command.SpendingRatios;
import vn.congdoan.local.LocalMongo;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.GrantId;
import vn.congdoan.platform.api.MemberId;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.query.ReportYear;
import vn.congdoan.reporting.query.YearSummary;
import vn.congdoan.reporting.query.YearSummaryQuery;
import vn.congdoan.welfare.api.Fund;
import vn.congdoan.welfare.api.GrantKind;
import vn.congdoan.welfare.api.Recipient;
import vn.congdoan.welfare.api.Relation;
import vn.congdoan.welfare.api.WelfareGrantRecordedEvent;
import vn.congdoan.welfare.api.WelfareGrantReversedEvent;

/**
 * For every branch and year: member care from grants in finance's books == the report's welfare
 * amount == the report's member care. Thousands of generated grants over 2024 and 2025, some
 * reversed weeks or months later, 2024 settled on 20 January 2025 in between — so reversals before
 * it correct 2024 and those after it land in 2025 as corrections — run through finance's real
 * {@link Ledger} and reporting's real projections, and checked against an oracle that applies the
 * rule by hand.
 */
class GrantReconciliationTest {
  private static final List<String> BRANCHES = List.of("rec-a", "rec-b", "rec-c", "rec-d");
  private static final int GRANTS_PER_BRANCH = 800;
  private static final LocalDate SETTLED_ON = LocalDate.of(2025, 1, 20);
  private static final LocalDate LAST = LocalDate.of(2025, 12, 31);

  /** One thing that happened, in the order of its day. */
  private record Step(LocalDate on, int order, Runnable action) {}

  private final Random random = new Random(13);
  private final Map<String, Long> expected = new HashMap<>();
  private final List<Delivery> welfare = new ArrayList<>();
  private final Map<String, Long> grantSequences = new HashMap<>();
  private Configuration finance;
  private LocalMongo mongo;
  private ReadModel model;

  @BeforeEach
  void start() {
    finance =
        DefaultConfigurer.defaultConfiguration()
            .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
            // Kept in memory between commands, so that each does not replay its whole ledger.
            .configureAggregate(
                AggregateConfigurer.defaultConfiguration(Ledger.class)
                    .configureCache(c -> new WeakReferenceCache()))
            .registerComponent(Rules.class, c -> () -> RuleTable.EMPTY)
            .registerComponent(Branches.class, c -> new NoMembers())
            .buildConfiguration();
    finance.start();
    mongo = LocalMongo.start(null, 0);
  }

  @AfterEach
  void stop() {
    if (model != null) {
      model.close();
    }
    finance.shutdown();
    mongo.close();
  }

  @Test
  void welfareAndTheBooksAgreeOnEveryYearOfEveryBranch() {
    List<Step> steps = new ArrayList<>();
    for (String branch : BRANCHES) {
      steps.add(new Step(SETTLED_ON, 0, () -> settle2024(branch)));
      for (int i = 0; i < GRANTS_PER_BRANCH; i++) {
        String grantId = branch + "-g" + i;
        LocalDate on = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(731));
        int recipients = 1 + random.nextInt(4);
        long each = 50_000L * (1 + random.nextInt(20));
        steps.add(new Step(on, 1, () -> grant(branch, grantId, on, recipients, each)));
        if (random.nextInt(5) == 0) {
          LocalDate undone = on.plusDays(1 + random.nextInt(200));
          if (!undone.isAfter(LAST)) {
            steps.add(
                new Step(undone, 2, () -> reverse(branch, grantId, on, undone, recipients * each)));
          }
        }
      }
    }
    steps.sort(Comparator.comparing(Step::on).thenComparing(Step::order));
    steps.forEach(s -> s.action().run());

    YearSummaryQuery report = report();
    long corrections = 0;
    for (String branch : BRANCHES) {
      for (int year : List.of(2024, 2025)) {
        long books = memberCareInTheBooks(branch, year);
        YearSummary summary = report.forBranch(branch, new ReportYear(year));
        String what = branch + " " + year;
        assertThat(books).as("finance's books, " + what).isEqualTo(expected(branch, year));
        assertThat(summary.welfare().amountVnd())
            .as("the report's welfare, " + what)
            .isEqualTo(books);
        assertThat(summary.finance().byCategory().getOrDefault("MEMBER_CARE", 0L))
            .as("the report's member care, " + what)
            .isEqualTo(books);
        assertThat(summary.welfare().corrections()).isEqualTo(summary.finance().corrections());
        corrections += summary.finance().corrections().size();
      }
    }
    assertThat(corrections).as("some reversals came after the settlement").isPositive();
    YearSummary.Welfare province = report.forProvince(new ReportYear(2025), null).welfare();
    assertThat(province.amountVnd())
        .isEqualTo(BRANCHES.stream().mapToLong(b -> expected(b, 2025)).sum());
  }

  private void grant(String branch, String grantId, LocalDate on, int recipients, long each) {
    var who = new ArrayList<Recipient>();
    for (int r = 0; r < recipients; r++) {
      who.add(new Recipient(new MemberId(branch + "-m" + r), Relation.SELF));
    }
    welfare.add(
        welfareEvent(
            grantId,
            new WelfareGrantRecordedEvent(
                new GrantId(grantId),
                new BranchId(branch),
                GrantKind.SICKNESS_VISIT,
                on,
                who,
                each,
                Fund.DUES,
                null)));
    finance
        .commandGateway()
        .sendAndWait(
            new RecordGrantExpenseCommand(
                new BranchId(branch), new GrantId(grantId), recipients * each, on));
    expected.merge(branch + on.getYear(), recipients * each, Long::sum);
  }

  private void reverse(String branch, String grantId, LocalDate grantedOn, LocalDate on, long vnd) {
    welfare.add(
        welfareEvent(
            grantId,
            new WelfareGrantReversedEvent(
                new GrantId(grantId), new BranchId(branch), "Ghi nhầm", on)));
    finance
        .commandGateway()
        .sendAndWait(
            new ReverseGrantExpenseCommand(new BranchId(branch), new GrantId(grantId), on));
    // The rule, by hand: the grant's own year while it is open, else the year of the reversal.
    boolean ownYearOpen = grantedOn.getYear() == 2025 || on.isBefore(SETTLED_ON);
    int booked = ownYearOpen ? grantedOn.getYear() : on.getYear();
    expected.merge(branch + booked, -vnd, Long::sum);
  }

  private void settle2024(String branch) {
    finance
        .commandGateway()
        .sendAndWait(new SettleYearCommand(new BranchId(branch), 2024, SETTLED_ON));
  }

  private long expected(String branch, int year) {
    return expected.getOrDefault(branch + year, 0L);
  }

  private long memberCareInTheBooks(String branch, int year) {
    var unitOfWork = DefaultUnitOfWork.startAndGet(null);
    var result =
        unitOfWork.executeWithResult(
            () ->
                finance
                    .repository(Ledger.class)
                    .load(branch)
                    .invoke(
                        l ->
                            l.year(
                                year,
                                RuleTable.EMPTY,
                                "STATE_AGENCY",
                                new SpendingRatios.Limits(45, 40, 15))));
    return result.getPayload().expense().byCategory().get(ExpenseCategory.MEMBER_CARE);
  }

  /** Reporting's projections fed finance's stored events first, then welfare's. */
  private YearSummaryQuery report() {
    model = new ReadModel(mongo, "reconciliation");
    List<Delivery> books = new ArrayList<>();
    for (String branch : BRANCHES) {
      model.registerBranch(branch);
      finance
          .eventStore()
          .readEvents(branch)
          .asStream()
          .forEach(e -> books.add(financeEvent(branch, e)));
    }
    model.apply(books);
    model.apply(welfare);
    return model.summaries(LocalDate.of(2026, 3, 1));
  }

  private Delivery welfareEvent(String grantId, Object payload) {
    long sequence = grantSequences.merge(grantId, 1L, Long::sum) - 1;
    return Envelopes.delivery(Topics.WELFARE, "Grant", grantId, sequence, payload);
  }

  private static Delivery financeEvent(String branch, DomainEventMessage<?> e) {
    return Envelopes.delivery(
        Topics.FINANCE, "Ledger", branch, e.getSequenceNumber(), e.getPayload());
  }

  /** The ledger's rule-priced commands are not sent here: no branch needs members. */
  private static final class NoMembers implements Branches {
    @Override
    public String sector(String branchId) {
      return "STATE_AGENCY";
    }

    @Override
    public List<Stay> members(String branchId) {
      return List.of();
    }
  }
}
