package vn.congdoan.platform.infra.outbox;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Tells a record Kafka will never take from a send that failed for now. Only refusals of the record
 * itself count: sending it again cannot succeed, and it concerns no other record. Every other error
 * (broker away, timeouts, authorization, a fenced producer) concerns every record alike, so parking
 * on it would park the whole outbox: those are retried, as they always were.
 */
final class KafkaRefusals {
  private KafkaRefusals() {}

  static boolean forGood(Throwable error) {
    return error instanceof RecordTooLargeException
        || error instanceof RecordBatchTooLargeException
        || error instanceof InvalidRecordException
        || error instanceof SerializationException;
  }

  /**
   * The refusal a send already came back with, or null. The producer checks a record's size before
   * it queues it, so a record too large fails at once: nothing later of its aggregate is sent yet.
   */
  static Throwable refusedAtOnce(Future<?> send) {
    if (!send.isDone()) {
      return null;
    }
    try {
      send.get();
      return null;
    } catch (ExecutionException e) {
      return forGood(e.getCause()) ? e.getCause() : null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
