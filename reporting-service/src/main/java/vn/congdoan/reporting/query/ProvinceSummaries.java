package vn.congdoan.reporting.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.congdoan.reporting.ingest.ChangedBranches;

/**
 * The province summary, summed once per change of the read model from each branch's rows, which are
 * kept per year ({@link YearShares}) and read again only for the branches a batch changed: every
 * open province dashboard asks for it after each live notice, and reading the whole province took
 * seconds. Any applied batch makes every kept summary stale; so does a new day, since the running
 * year is counted up to today.
 *
 * <p>Kept only for the whole province and for upper unions that exist, and at most {@code maxKept}
 * of them: the union is the caller's text, and each new text kept would grow the heap for good.
 */
public class ProvinceSummaries {
  private record Key(int year, String parentUnion) {}

  private record Kept(long generation, LocalDate day, long used, ProvinceSummary summary) {}

  private final YearSummaryQuery query;
  private final Clock clock;
  private final int maxKept;
  private final AtomicLong generation = new AtomicLong();
  private final AtomicLong uses = new AtomicLong();
  private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
  private final Map<Integer, YearShares> shares = new ConcurrentHashMap<>();

  public ProvinceSummaries(YearSummaryQuery query, Clock clock, int maxKept) {
    this.query = query;
    this.clock = clock;
    this.maxKept = maxKept;
  }

  /** As {@link YearSummaryQuery#forProvince}; callers asking together wait for one reading. */
  public ProvinceSummary of(ReportYear year, String parentUnion) {
    String union = parentUnion == null || parentUnion.isBlank() ? "" : parentUnion;
    if (!union.isEmpty() && !query.parentUnions().contains(union)) {
      // No branch has it: an empty summary, summed but not kept.
      return sharesOf(year).summary(union);
    }
    var key = new Key(year.value(), union);
    Kept now =
        kept.compute(
            key,
            (k, old) ->
                fresh(old) ? used(old) : read(year, k.parentUnion(), uses.incrementAndGet()));
    evictBeyond(key);
    return now.summary();
  }

  int kept() {
    return kept.size();
  }

  /** How often a year's whole province was read, over the years kept. */
  long wholeReads() {
    return shares.values().stream().mapToLong(YearShares::wholeReads).sum();
  }

  private boolean fresh(Kept old) {
    return old != null
        && old.generation() == generation.get()
        && old.day().equals(LocalDate.now(clock));
  }

  private Kept used(Kept old) {
    return new Kept(old.generation(), old.day(), uses.incrementAndGet(), old.summary());
  }

  private Kept read(ReportYear year, String parentUnion, long used) {
    // the generation before reading: a batch applied meanwhile leaves this one stale, not lost
    long before = generation.get();
    LocalDate day = LocalDate.now(clock);
    return new Kept(before, day, used, sharesOf(year).summary(parentUnion));
  }

  private YearShares sharesOf(ReportYear year) {
    return shares.computeIfAbsent(year.value(), y -> new YearShares(query, year));
  }

  /** Drops the least recently used summaries (never the one just given) down to the bound. */
  private void evictBeyond(Key current) {
    while (kept.size() > maxKept) {
      kept.entrySet().stream()
          .filter(e -> !e.getKey().equals(current))
          .min(Comparator.comparingLong(e -> e.getValue().used()))
          .ifPresent(e -> kept.remove(e.getKey(), e.getValue()));
    }
    // a year's rows are kept while a summary of it is
    shares
        .keySet()
        .removeIf(y -> y != current.year() && kept.keySet().stream().noneMatch(k -> k.year() == y));
  }

  /** Called with every batch any instance applied. */
  public void changed(ChangedBranches changed) {
    shares.values().forEach(s -> s.changed(changed));
    generation.incrementAndGet();
  }
}
