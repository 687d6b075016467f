package vn.congdoan.reporting.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import java.util.Date;
import java.util.Map;
import org.bson.Document;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.ingest.EventRecorder;
import vn.congdoan.reporting.projection.ReportingStore;
import vn.congdoan.reporting.projection.TrailFields;

/**
 * One document per delivered event, keyed by event id and written only once: a redelivery finds the
 * document there and leaves it as it is, so the trail always shows the event as first seen.
 */
public final class AuditTrail implements EventRecorder {
  public static final String NAME = "audit_events";

  private final MongoCollection<Document> collection;

  public AuditTrail(MongoCollection<Document> collection) {
    this.collection = collection;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public MongoCollection<Document> collection() {
    return collection;
  }

  @Override
  public WriteModel<Document> write(Delivery delivery) {
    return new UpdateOneModel<>(
        Filters.eq("_id", delivery.envelope().eventId()),
        new Document("$setOnInsert", fields(delivery)),
        new UpdateOptions().upsert(true));
  }

  /**
   * The document {@link #write} leaves in the trail, as any MongoDB builds it from that upsert: the
   * {@code _id} of its filter, then the fields in the order given.
   */
  static Document document(Delivery delivery) {
    Document document = new Document("_id", delivery.envelope().eventId());
    document.putAll(fields(delivery));
    return document;
  }

  private static Document fields(Delivery delivery) {
    EventEnvelope e = delivery.envelope();
    Map<String, String> metadata = e.metadata() == null ? Map.of() : e.metadata();
    return new Document(TrailFields.SERVICE, Topics.serviceOf(delivery.topic()))
        .append(TrailFields.TYPE, e.type())
        .append(TrailFields.REVISION, e.revision())
        .append(TrailFields.AGGREGATE_TYPE, e.aggregateType())
        .append(TrailFields.AGGREGATE_ID, e.aggregateId())
        .append(TrailFields.SEQUENCE, e.sequence())
        .append(TrailFields.TIMESTAMP, Date.from(e.timestamp()))
        .append(TrailFields.USER, metadata.get(MetadataKeys.USER))
        .append(TrailFields.CORRELATION_ID, metadata.get(MetadataKeys.CORRELATION_ID))
        .append(ReportingStore.BRANCH_ID, metadata.get(MetadataKeys.BRANCH))
        .append(TrailFields.PAYLOAD, payload(e.payload()));
  }

  /** As a document, so it can be queried; a payload that is no JSON object is kept under value. */
  private static Document payload(JsonNode payload) {
    if (payload == null || payload.isNull()) {
      return null;
    }
    return payload.isObject()
        ? Document.parse(payload.toString())
        : Document.parse("{\"value\": " + payload + "}");
  }
}
