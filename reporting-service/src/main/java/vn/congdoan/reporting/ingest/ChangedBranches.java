package vn.congdoan.reporting.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.congdoan.platform.api.ChainDigestedEvent;
import vn.congdoan.platform.api.WireName;

/**
 * The branches a batch of events changes figures of: every event names them in its payload ({@code
 * branchId}, and the other branch of a move as {@code fromBranchId}, {@code toBranchId}, …). An
 * event that names none (a province campaign's remittance, a finance rule) may change any branch:
 * {@code all} is then set, and the province is read whole again.
 */
public record ChangedBranches(boolean all, Set<String> branchIds) {
  private static final String SEAL = ChainDigestedEvent.class.getAnnotation(WireName.class).value();

  public static ChangedBranches of(List<Delivery> batch) {
    Set<String> ids = new HashSet<>();
    for (Delivery delivery : batch) {
      if (SEAL.equals(delivery.envelope().type())) {
        continue; // a service's seal changes no figure
      }
      if (!named(delivery.envelope().payload(), ids)) {
        return new ChangedBranches(true, Set.of());
      }
    }
    return new ChangedBranches(false, ids);
  }

  /** Adds the branch ids the payload names; whether it names any. */
  private static boolean named(JsonNode payload, Set<String> ids) {
    boolean any = false;
    if (payload == null) {
      return false;
    }
    var fields = payload.fields();
    while (fields.hasNext()) {
      var field = fields.next();
      String name = field.getKey();
      if ((name.equals("branchId") || name.endsWith("BranchId")) && field.getValue().isTextual()) {
        ids.add(field.getValue().asText());
        any = true;
      }
    }
    return any;
  }
}
