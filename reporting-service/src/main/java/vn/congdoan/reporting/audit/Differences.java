package vn.congdoan.reporting.audit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import vn.congdoan.reporting.audit.ReadModelComparison.CollectionDifference;
import vn.congdoan.reporting.projection.ReportingStore;
import vn.congdoan.reporting.projection.TrailFields;

/**
 * One collection's differences as a comparison finds them, told apart at its end: those the events
 * recorded after the replay's horizon explain ({@link LaterEvents}), and the rest. Explained ones
 * do not make the read models unequal; they are counted apart, so the auditor sees how many
 * documents were changed meanwhile and not compared. Only the rest are named.
 */
final class Differences {
  /** Differences kept to be explained; any beyond stay unexplained, counted as differences. */
  static final int KEPT = 100_000;

  enum Kind {
    MISSING,
    EXTRA,
    DIFFERENT
  }

  /** A difference: its id as shown, and the keys a later event may have touched. */
  private record Found(Kind kind, String shown, List<String> keys) {}

  private final String name;
  // the trail: a document is explained only by its own event being later, never by its branch
  private final boolean byEventOnly;
  private final List<Found> found = new ArrayList<>();
  private final Map<Kind, Integer> unkept = new EnumMap<>(Kind.class);
  private final List<String> unkeptShown = new ArrayList<>();
  private int live;
  private int rebuilt;

  Differences(String name, boolean byEventOnly) {
    this.name = name;
    this.byEventOnly = byEventOnly;
  }

  /** A document one side has and the other lacks, or has otherwise; {@code doc} either side's. */
  void add(Kind kind, BsonValue id, RawBsonDocument doc) {
    String shown = ReadModelComparison.shown(id);
    if (found.size() < KEPT) {
      found.add(new Found(kind, shown, byEventOnly ? List.of(shown) : keysOf(id, doc)));
    } else {
      unkept.merge(kind, 1, Integer::sum);
      ReadModelComparison.note(unkeptShown, id);
    }
  }

  private static List<String> keysOf(BsonValue id, RawBsonDocument doc) {
    List<String> keys = new ArrayList<>(3);
    if (id instanceof BsonString s) {
      keys.add(s.getValue());
    }
    for (String field : List.of(ReportingStore.BRANCH_ID, TrailFields.AGGREGATE_ID)) {
      if (doc != null && doc.get(field) instanceof BsonString s) {
        keys.add(s.getValue());
      }
    }
    return keys;
  }

  /** How many documents each side has. */
  Differences counted(int liveDocuments, int rebuiltDocuments) {
    live = liveDocuments;
    rebuilt = rebuiltDocuments;
    return this;
  }

  /** The collection's line of the comparison. */
  CollectionDifference resolve(LaterEvents later) {
    Map<Kind, Integer> counts = new EnumMap<>(unkept);
    List<String> first = new ArrayList<>();
    int explained = 0;
    for (Found f : found) {
      boolean touched = byEventOnly ? later.recorded(f.shown()) : later.touches(f.keys());
      if (touched) {
        explained++;
      } else {
        counts.merge(f.kind(), 1, Integer::sum);
        if (first.size() < ReadModelComparison.SHOWN) {
          first.add(f.shown());
        }
      }
    }
    unkeptShown.forEach(id -> ReadModelComparison.note(first, new BsonString(id)));
    return new CollectionDifference(
        name,
        live,
        rebuilt,
        counts.getOrDefault(Kind.MISSING, 0),
        counts.getOrDefault(Kind.EXTRA, 0),
        counts.getOrDefault(Kind.DIFFERENT, 0),
        List.copyOf(first),
        explained);
  }
}
