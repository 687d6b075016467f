package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import vn.congdoan.reporting.projection.BranchFields;
import vn.congdoan.reporting.projection.BudgetFields;
import vn.congdoan.reporting.projection.CampaignFields;
import vn.congdoan.reporting.projection.ReportingStore;
import vn.congdoan.welfare.api.DisclosureDeadline;
import vn.congdoan.welfare.api.DisclosureDeadline.Disclosure;
import vn.congdoan.welfare.api.DisclosureDeadline.Status;

/**
 * What waits on federation staff: campaigns whose public disclosure is past its deadline, budget
 * estimates of the year not yet approved, and open branches that put forward none. Overdue is
 * judged today, whatever the year; budgets are the year's.
 *
 * <p>The deadlines are welfare's rule ({@link DisclosureDeadline}, Hướng dẫn 42/HD-TLĐ): receipts
 * within {@code receiptsWithinDays} after closing, the distribution within {@code
 * distributionWithinDays} after the last remittance.
 */
public class ProvinceAttention {
  public static final String RECEIPTS = "RECEIPTS";
  public static final String DISTRIBUTION = "DISTRIBUTION";

  /** {@code branchId} and {@code name} null: a province campaign, the federation's own. */
  public record OverdueDisclosure(
      String branchId,
      String name,
      String campaignId,
      String title,
      String kind,
      LocalDate dueOn) {}

  public record PendingBudget(
      String branchId, String name, int year, LocalDate submittedOn, long totalVnd) {}

  public record Branch(String branchId, String name) {}

  public record Attention(
      int year,
      LocalDate today,
      List<OverdueDisclosure> overdueDisclosures,
      List<PendingBudget> unapprovedBudgets,
      List<Branch> withoutBudget) {}

  /** The periods welfare-service gives a campaign to publish, in days. */
  public record DisclosurePeriods(int receiptsWithinDays, int distributionWithinDays) {}

  private final ReportingStore store;
  private final DisclosurePeriods periods;
  private final Clock clock;

  public ProvinceAttention(ReportingStore store, DisclosurePeriods periods, Clock clock) {
    this.store = store;
    this.periods = periods;
    this.clock = clock;
  }

  public Attention of(ReportYear year) {
    LocalDate today = LocalDate.now(clock);
    Map<String, Document> branches = new HashMap<>();
    store.branches().find().forEach(b -> branches.put(b.getString("_id"), b));
    List<Document> budgets =
        store.budgets().find(eq(BudgetFields.YEAR, year.value())).into(new ArrayList<>());
    return new Attention(
        year.value(),
        today,
        overdue(branches, today),
        pending(branches, budgets, year),
        withoutBudget(branches, budgets));
  }

  private List<OverdueDisclosure> overdue(Map<String, Document> branches, LocalDate today) {
    List<OverdueDisclosure> late = new ArrayList<>();
    var due = or(ne(CampaignFields.CLOSED_ON, null), ne(CampaignFields.LAST_REMITTED_ON, null));
    for (Document c : store.campaigns().find(due)) {
      List<Document> published = c.getList(CampaignFields.DISCLOSURES, Document.class, List.of());
      overdue(c, RECEIPTS, CampaignFields.CLOSED_ON, periods.receiptsWithinDays(), published, today)
          .ifPresent(d -> late.add(disclosure(c, branches, RECEIPTS, d)));
      overdue(
              c,
              DISTRIBUTION,
              CampaignFields.LAST_REMITTED_ON,
              periods.distributionWithinDays(),
              published,
              today)
          .ifPresent(d -> late.add(disclosure(c, branches, DISTRIBUTION, d)));
    }
    late.sort(
        Comparator.comparing(OverdueDisclosure::dueOn)
            .thenComparing(OverdueDisclosure::campaignId));
    return late;
  }

  /** The deadline missed, if the disclosure of {@code kind} is overdue today. */
  static Optional<LocalDate> overdue(
      Document campaign,
      String kind,
      String startField,
      int days,
      List<Document> published,
      LocalDate today) {
    String from = campaign.getString(startField);
    List<LocalDate> ofKind =
        published.stream()
            .filter(p -> kind.equals(p.getString(CampaignFields.DISCLOSURE_KIND)))
            .map(p -> LocalDate.parse(p.getString(CampaignFields.PUBLISHED_ON)))
            .toList();
    Disclosure d =
        DisclosureDeadline.status(from == null ? null : LocalDate.parse(from), days, ofKind, today);
    return d.status() == Status.OVERDUE ? Optional.of(d.dueBy()) : Optional.empty();
  }

  private static OverdueDisclosure disclosure(
      Document c, Map<String, Document> branches, String kind, LocalDate dueOn) {
    String branchId = c.getString(ReportingStore.BRANCH_ID);
    Document branch = branchId == null ? null : branches.get(branchId);
    return new OverdueDisclosure(
        branchId,
        branch == null ? null : branch.getString(BranchFields.NAME),
        c.getString("_id"),
        c.getString(CampaignFields.TITLE),
        kind,
        dueOn);
  }

  /** Estimates of a branch still open: a dissolved branch's books are closed for good. */
  private static List<PendingBudget> pending(
      Map<String, Document> branches, List<Document> budgets, ReportYear year) {
    List<PendingBudget> waiting = new ArrayList<>();
    for (Document b : budgets) {
      if (b.getString(BudgetFields.APPROVED_ON) != null) {
        continue;
      }
      Document branch = branches.get(b.getString(ReportingStore.BRANCH_ID));
      if (branch != null && branch.getString(BranchFields.DISSOLVED_ON) != null) {
        continue;
      }
      waiting.add(
          new PendingBudget(
              b.getString(ReportingStore.BRANCH_ID),
              branch == null ? null : branch.getString(BranchFields.NAME),
              year.value(),
              LocalDate.parse(b.getString(BudgetFields.SUBMITTED_ON)),
              Aggregation.number(b, BudgetFields.TOTAL_VND)));
    }
    waiting.sort(
        Comparator.comparing(PendingBudget::submittedOn).thenComparing(PendingBudget::branchId));
    return waiting;
  }

  private static List<Branch> withoutBudget(
      Map<String, Document> branches, List<Document> budgets) {
    Set<String> estimated = new HashSet<>();
    budgets.forEach(b -> estimated.add(b.getString(ReportingStore.BRANCH_ID)));
    return branches.values().stream()
        .filter(
            b ->
                b.getString(BranchFields.DISSOLVED_ON) == null
                    && !estimated.contains(b.getString("_id")))
        .map(b -> new Branch(b.getString("_id"), b.getString(BranchFields.NAME)))
        .sorted(Comparator.comparing(Branch::name, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }
}
