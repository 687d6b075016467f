package vn.congdoan.reporting.ingest;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

/**
 * Keeps every delivered envelope, whatever its type and whether any projection reads it (the audit
 * trail). Its write goes in the batch's bulk writes, before the offsets are committed, and must be
 * idempotent like every projection write.
 */
public interface EventRecorder {
  /** The metric tag, e.g. {@code audit_events}. */
  String name();

  MongoCollection<Document> collection();

  WriteModel<Document> write(Delivery delivery);
}
