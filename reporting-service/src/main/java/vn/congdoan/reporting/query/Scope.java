package vn.congdoan.reporting.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.congdoan.reporting.projection.ReportingStore;

/**
 * Which branches a figure is counted over: one, a set of them (an upper union's), or the whole
 * province ({@code branchIds} null).
 */
public record Scope(List<String> branchIds) {
  public static Scope province() {
    return new Scope(null);
  }

  public static Scope branch(String branchId) {
    return new Scope(List.of(branchId));
  }

  public static Scope among(Collection<String> branchIds) {
    return new Scope(List.copyOf(branchIds));
  }

  /** The branches themselves, in {@code branches} where the id is the branch's. */
  Bson matchIds() {
    if (branchIds == null) {
      return new Document();
    }
    return branchIds.size() == 1 ? eq("_id", branchIds.get(0)) : in("_id", branchIds);
  }

  /** {@code filter}, narrowed to these branches. */
  Bson match(Bson filter) {
    if (branchIds == null) {
      return filter;
    }
    return and(
        branchIds.size() == 1
            ? eq(ReportingStore.BRANCH_ID, branchIds.get(0))
            : in(ReportingStore.BRANCH_ID, branchIds),
        filter);
  }
}
