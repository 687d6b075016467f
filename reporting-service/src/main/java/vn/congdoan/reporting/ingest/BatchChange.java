package vn.congdoan.reporting.ingest;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.congdoan.platform.api.MetadataKeys;

/**
 * What an applied batch changed, as every reporting instance needs to hear it whichever applied the
 * batch: the branches the events were recorded for ({@code ""} for a province-wide one), which the
 * live dashboards are told of, and the branches whose figures changed, which the kept province
 * summaries read again.
 */
public record BatchChange(Set<String> recordedFor, ChangedBranches figures) {
  public static BatchChange of(List<Delivery> batch) {
    Set<String> recordedFor = new TreeSet<>();
    for (Delivery delivery : batch) {
      var metadata = delivery.envelope().metadata();
      String branch = metadata == null ? null : metadata.get(MetadataKeys.BRANCH);
      recordedFor.add(branch == null ? "" : branch);
    }
    return new BatchChange(recordedFor, ChangedBranches.of(batch));
  }
}
