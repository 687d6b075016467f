package vn.congdoan.reporting.projection;

import java.util.ArrayList;
import java.util.List;

/** Every projection of the read model: the service's wiring and the tests' use this one list. */
public final class ReportingProjections {
  private ReportingProjections() {}

  public static List<Projection> all(ReportingStore store) {
    List<Projection> all = new ArrayList<>();
    all.add(new BranchProjection(store));
    all.add(new MemberSegmentProjection(store));
    all.add(new WelfareGrantProjection(store));
    all.addAll(CampaignProjections.all(store));
    all.add(new LedgerProjection(store));
    all.add(new BudgetProjection(store));
    all.addAll(BranchRecordProjections.all(store));
    all.addAll(YearReviewProjections.all(store));
    return List.copyOf(all);
  }
}
