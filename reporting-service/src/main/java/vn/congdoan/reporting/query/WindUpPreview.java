package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static vn.congdoan.reporting.query.Aggregation.number;
import static vn.congdoan.reporting.query.Aggregation.op;
import static vn.congdoan.reporting.query.Aggregation.sum;

import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import vn.congdoan.platform.api.NotFoundException;
import vn.congdoan.platform.api.Refusal;
import vn.congdoan.reporting.projection.BranchFields;
import vn.congdoan.reporting.projection.CampaignFields;
import vn.congdoan.reporting.projection.LedgerFields;
import vn.congdoan.reporting.projection.LedgerProjection;
import vn.congdoan.reporting.projection.MemberSegmentProjection;
import vn.congdoan.reporting.projection.ReportingStore;
import vn.congdoan.reporting.projection.SegmentFields;

/**
 * What dissolving a branch on a day would do, read before staff confirm it. Membership ends every
 * membership open that day (moved to the receiving branch, or departed); a member whose leaving is
 * already recorded for a later day, or who joins later, makes membership refuse the dissolution
 * until someone decides. Finance closes the books the day before and hands what they hold to the
 * upper union. The branch's campaigns keep what they collected: once its books close the branch
 * gives nothing more, so a campaign still open collects no more from it.
 */
public class WindUpPreview {
  /** {@code heldVnd}: collected and not yet handed to the recipients. */
  public record Campaign(
      String campaignId,
      String title,
      LocalDate closedOn,
      long collectedVnd,
      long remittedVnd,
      long heldVnd) {}

  /**
   * @param members on the roll on {@code effectiveOn}: the memberships the dissolution ends
   * @param leavingLater members whose departure or transfer is recorded for after that day
   * @param joiningLater members who join the branch only after that day
   * @param balanceVnd what the books hold: every entry ever recorded, in and out
   * @param handedOverVnd the part handed to the upper union (nothing when the books are short)
   * @param campaigns the branch's campaigns still open or still holding money
   */
  public record WindUp(
      String branchId,
      String name,
      String parentUnion,
      LocalDate dissolvedOn,
      LocalDate effectiveOn,
      LocalDate booksClosedOn,
      long members,
      long leavingLater,
      long joiningLater,
      long balanceVnd,
      long handedOverVnd,
      List<Campaign> campaigns) {}

  private static final List<String> MONEY_IN =
      List.of(LedgerProjection.INCOME, LedgerProjection.DUES, LedgerProjection.UNION_FUNDING);

  private final ReportingStore store;

  public WindUpPreview(ReportingStore store) {
    this.store = store;
  }

  public WindUp of(String branchId, LocalDate effectiveOn) {
    Document branch = store.branches().find(eq("_id", branchId)).first();
    if (branch == null) {
      throw new NotFoundException(Refusal.of("reporting.branch.not-found", branchId));
    }
    Document roll = roll(branchId, effectiveOn);
    long balance = balance(branchId);
    String dissolvedOn = branch.getString(BranchFields.DISSOLVED_ON);
    return new WindUp(
        branchId,
        branch.getString(BranchFields.NAME),
        branch.getString(BranchFields.PARENT_UNION),
        dissolvedOn == null ? null : LocalDate.parse(dissolvedOn),
        effectiveOn,
        effectiveOn.minusDays(1),
        number(roll, "members"),
        number(roll, "leavingLater"),
        number(roll, "joiningLater"),
        balance,
        Math.max(balance, 0),
        campaigns(branchId));
  }

  /**
   * Counted per member, then summed: a member's segments still running on the day say whether they
   * are on the roll then, and whether a later end or a later start is already recorded.
   */
  private Document roll(String branchId, LocalDate effectiveOn) {
    String day = effectiveOn.toString();
    Object endsLater =
        op(
            "$or",
            op("$eq", "$" + SegmentFields.END_KIND, MemberSegmentProjection.DEPARTED),
            op("$eq", "$" + SegmentFields.END_KIND, MemberSegmentProjection.TRANSFERRED_OUT));
    Object startsLater =
        op(
            "$and",
            op("$gt", "$" + SegmentFields.FROM, day),
            op(
                "$or",
                op("$eq", "$" + SegmentFields.START_KIND, MemberSegmentProjection.ADMITTED),
                op("$eq", "$" + SegmentFields.START_KIND, MemberSegmentProjection.TRANSFERRED_IN)));
    Document perMember =
        new Document("_id", "$" + SegmentFields.MEMBER_ID)
            .append(
                "onRoll",
                new Document("$max", op("$cond", op("$lte", "$" + SegmentFields.FROM, day), 1, 0)))
            .append("leaving", new Document("$max", op("$cond", endsLater, 1, 0)))
            .append("joining", new Document("$max", op("$cond", startsLater, 1, 0)));
    Object decided = op("$and", op("$eq", "$leaving", 0), op("$eq", "$joining", 0));
    Document summed =
        new Document("_id", null)
            .append("members", Aggregation.countIf(op("$and", op("$eq", "$onRoll", 1), decided)))
            .append("leavingLater", sum("leaving"))
            .append("joiningLater", sum("joining"));
    List<Document> rows =
        store
            .memberSegments()
            .aggregate(
                List.of(
                    Aggregates.match(
                        and(
                            eq(ReportingStore.BRANCH_ID, branchId),
                            or(eq(SegmentFields.TO, null), gt(SegmentFields.TO, day)))),
                    new Document("$group", perMember),
                    new Document("$group", summed)))
            .into(new ArrayList<>());
    return rows.isEmpty() ? new Document() : rows.get(0);
  }

  private long balance(String branchId) {
    long balance = 0;
    for (Document row :
        Aggregation.grouped(
            store.financeEntries(),
            eq(ReportingStore.BRANCH_ID, branchId),
            new Document("_id", "$" + LedgerFields.KIND)
                .append("amountVnd", sum(LedgerFields.AMOUNT_VND)))) {
      long amount = number(row, "amountVnd");
      balance =
          MONEY_IN.contains(row.getString("_id"))
              ? Math.addExact(balance, amount)
              : Math.subtractExact(balance, amount);
    }
    return balance;
  }

  private List<Campaign> campaigns(String branchId) {
    List<Document> own =
        store
            .campaigns()
            .find(eq(ReportingStore.BRANCH_ID, branchId))
            .sort(Sorts.ascending(CampaignFields.OPENS_ON, "_id"))
            .into(new ArrayList<>());
    if (own.isEmpty()) {
      return List.of();
    }
    Map<String, Long> collected = new HashMap<>();
    for (Document row :
        Aggregation.grouped(
            store.contributions(),
            in(CampaignFields.CAMPAIGN_ID, own.stream().map(c -> c.getString("_id")).toList()),
            new Document("_id", "$" + CampaignFields.CAMPAIGN_ID)
                .append("collectedVnd", sum(CampaignFields.AMOUNT_VND)))) {
      collected.put(row.getString("_id"), number(row, "collectedVnd"));
    }
    List<Campaign> campaigns = new ArrayList<>();
    for (Document c : own) {
      long given = collected.getOrDefault(c.getString("_id"), 0L);
      long handed = number(c, CampaignFields.REMITTED_VND);
      String closedOn = c.getString(CampaignFields.CLOSED_ON);
      if (closedOn == null || given > handed) {
        campaigns.add(
            new Campaign(
                c.getString("_id"),
                c.getString(CampaignFields.TITLE),
                closedOn == null ? null : LocalDate.parse(closedOn),
                given,
                handed,
                given - handed));
      }
    }
    return campaigns;
  }
}
