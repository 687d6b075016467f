package vn.congdoan.reporting.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import vn.congdoan.reporting.projection.ReportingStore;

/**
 * Grouped rows that carry their branch in the group key ({@code _id.branchId}), worked into one
 * figure over all of them or into one per branch: the province and its roll-up from one query.
 */
final class BranchRows {
  private BranchRows() {}

  static <T> Map<String, T> perBranch(List<Document> rows, Function<List<Document>, T> figure) {
    Map<String, List<Document>> byBranch =
        rows.stream()
            .collect(
                Collectors.groupingBy(r -> (String) Aggregation.key(r, ReportingStore.BRANCH_ID)));
    Map<String, T> figures = new HashMap<>();
    byBranch.forEach((branch, own) -> figures.put(branch, figure.apply(own)));
    return figures;
  }
}
