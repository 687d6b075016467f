package vn.congdoan.welfare.projection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.congdoan.membership.api.MemberAdmittedEvent;
import vn.congdoan.membership.api.MemberDataCorrectedEvent;
import vn.congdoan.membership.api.MemberDepartedEvent;
import vn.congdoan.membership.api.MemberTransferredInEvent;
import vn.congdoan.membership.api.MemberTransferredOutEvent;
import vn.congdoan.platform.api.BranchId;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.MemberId;

/**
 * Applies a batch of membership envelopes to {@link MemberStays} in one ordered bulk write.
 * Applying a batch again, whole or in part, leaves the collection as it is ({@link
 * MemberStayWrites}), so the consumer commits offsets only afterwards and may crash anywhere.
 */
public class MemberStayProjection {
  /** Tagged {@code outcome}: applied, duplicate, skipped (a type not kept here), poison. */
  public static final String EVENTS = "welfare.members.events";

  private static final Logger log = LoggerFactory.getLogger(MemberStayProjection.class);

  private final MemberStays stays;
  private final MembershipEvents events;
  private final MeterRegistry metrics;
  private final Set<String> skippedTypesSeen = ConcurrentHashMap.newKeySet();

  MemberStayProjection(MemberStays stays, MembershipEvents events, MeterRegistry metrics) {
    this.stays = stays;
    this.events = events;
    this.metrics = metrics;
  }

  public void apply(List<EventEnvelope> batch) {
    List<WriteModel<Document>> writes = new ArrayList<>(batch.size());
    for (EventEnvelope envelope : batch) {
      var type = events.typeOf(envelope);
      if (type.isEmpty()) {
        skip(envelope);
        continue;
      }
      try {
        writes.add(write(envelope, events.payload(envelope, type.get())));
      } catch (Exception e) {
        poison(envelope, e);
      }
    }
    write(writes);
  }

  private static WriteModel<Document> write(EventEnvelope envelope, Object event) {
    long seq = envelope.sequence();
    if (event instanceof MemberAdmittedEvent e) {
      return writes(e.branchId(), e.memberId(), seq).open(e.joinedOn(), e.gender(), e.honorary());
    }
    if (event instanceof MemberTransferredInEvent e) {
      return writes(e.branchId(), e.memberId(), seq)
          .open(e.effectiveOn(), e.gender(), e.honorary());
    }
    if (event instanceof MemberTransferredOutEvent e) {
      return writes(e.branchId(), e.memberId(), seq).close(e.effectiveOn());
    }
    if (event instanceof MemberDataCorrectedEvent e) {
      return writes(e.branchId(), e.memberId(), seq).correct(e.gender());
    }
    MemberDepartedEvent e = (MemberDepartedEvent) event;
    return writes(e.branchId(), e.memberId(), seq).close(e.effectiveOn());
  }

  private static MemberStayWrites writes(BranchId branchId, MemberId memberId, long seq) {
    return new MemberStayWrites(branchId.value(), memberId.value(), seq);
  }

  /**
   * Ordered, because one member's events must land in stream order. A duplicate key stops an
   * ordered bulk write: it is an event applied before, so the rest goes on after it; any other
   * error fails the batch, which the consumer then retries.
   */
  private void write(List<WriteModel<Document>> writes) {
    int from = 0;
    while (from < writes.size()) {
      List<WriteModel<Document>> rest = writes.subList(from, writes.size());
      try {
        var result = stays.collection().bulkWrite(rest, new BulkWriteOptions().ordered(true));
        count(Math.min(changed(result), rest.size()), rest.size());
        return;
      } catch (MongoBulkWriteException e) {
        var error = e.getWriteErrors().get(0);
        if (e.getWriteConcernError() != null
            || ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
        // Capped by what can have succeeded: some servers count the failed upsert as done.
        count(Math.min(changed(e.getWriteResult()), error.getIndex()), error.getIndex() + 1);
        from += error.getIndex() + 1;
      }
    }
  }

  /** A guarded write that changed nothing found its event applied before. */
  private void count(long applied, long writes) {
    metrics.counter(EVENTS, "outcome", "applied").increment(applied);
    metrics.counter(EVENTS, "outcome", "duplicate").increment(writes - applied);
  }

  private static long changed(BulkWriteResult result) {
    return (long) result.getUpserts().size() + result.getModifiedCount();
  }

  private void skip(EventEnvelope envelope) {
    if (skippedTypesSeen.add(envelope.type())) {
      log.debug(
          "Skipping events of type {}: the member directory does not keep them", envelope.type());
    }
    metrics.counter(EVENTS, "outcome", "skipped").increment();
  }

  private void poison(EventEnvelope envelope, Exception e) {
    // Only the exception's class: its message may quote the payload, personal data included.
    log.error(
        "Skipping event {} of {} #{}: its payload cannot be read ({})",
        envelope.type(),
        envelope.aggregateId(),
        envelope.sequence(),
        e.getClass().getSimpleName());
    countUnreadable();
  }

  /** A record or payload that can never be applied, skipped. */
  void countUnreadable() {
    metrics.counter(EVENTS, "outcome", "poison").increment();
  }
}
