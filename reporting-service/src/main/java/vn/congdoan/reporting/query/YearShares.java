package vn.congdoan.reporting.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import vn.congdoan.reporting.ingest.ChangedBranches;

/**
 * One year of the province kept as each branch's rows ({@link YearRows}): a change reads again only
 * the rows of the branches it touched, so the province summary costs a sum, not a pass over every
 * member, however large the province. The whole province is read at first, when the day counted
 * moves on, when an event names no branch, and when so many branches changed that one pass is
 * cheaper than picking them out.
 */
final class YearShares {
  /** Past this share of the province changed, the province is read whole. */
  private static final int WHOLE_BEYOND_ONE_IN = 4;

  private final YearSummaryQuery query;
  private final ReportYear year;
  private final Set<String> changed = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean allChanged = new AtomicBoolean(true);
  private Map<String, Document> branches = new TreeMap<>();
  private Map<String, YearRows> rows = new HashMap<>();
  private LocalDate day;
  private long wholeReads;

  YearShares(YearSummaryQuery query, ReportYear year) {
    this.query = query;
    this.year = year;
  }

  /** Called after the batch's writes are in the read model. */
  void changed(ChangedBranches batch) {
    if (batch.all()) {
      allChanged.set(true);
    } else {
      changed.addAll(batch.branchIds());
    }
  }

  /** The province, or one upper union's branches, as the read model stands now. */
  synchronized ProvinceSummary summary(String union) {
    LocalDate asOf = query.provinceDay(year);
    if (!asOf.equals(day)) {
      allChanged.set(true);
    }
    // taken before reading: a change written meanwhile is marked again and read next time
    if (allChanged.getAndSet(false)) {
      changed.clear();
      readWhole(asOf);
    } else if (!changed.isEmpty()) {
      List<String> ids = new ArrayList<>(changed);
      changed.removeAll(ids);
      if ((long) ids.size() * WHOLE_BEYOND_ONE_IN > Math.max(branches.size(), 1)) {
        readWhole(asOf);
      } else {
        readAgain(ids, asOf);
      }
    }
    return query.province(year, union, day, branches, rows);
  }

  /** How often the whole province was read. */
  synchronized long wholeReads() {
    return wholeReads;
  }

  private void readWhole(LocalDate asOf) {
    wholeReads++;
    branches = query.branches(Scope.province());
    rows = new HashMap<>(query.rows(Scope.province(), year, asOf).perBranch());
    day = asOf;
  }

  private void readAgain(List<String> ids, LocalDate asOf) {
    Scope scope = Scope.among(ids);
    Map<String, Document> docs = query.branches(scope);
    Map<String, YearRows> fresh = query.rows(scope, year, asOf).perBranch();
    for (String id : ids) {
      put(branches, id, docs.get(id));
      put(rows, id, fresh.get(id));
    }
  }

  private static <T> void put(Map<String, T> map, String id, T value) {
    if (value == null) {
      map.remove(id);
    } else {
      map.put(id, value);
    }
  }
}
