package vn.congdoan.reporting.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.Map;
import org.bson.BsonBinaryWriter;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.io.BasicOutputBuffer;
import vn.congdoan.platform.api.EventEnvelope;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.reporting.ingest.Delivery;
import vn.congdoan.reporting.projection.ReportingStore;
import vn.congdoan.reporting.projection.TrailFields;

/**
 * The BSON of an event's trail document ({@link AuditTrail#document}), byte for byte, written
 * straight from the envelope's JSON tree. Building it as the trail does (the payload printed as
 * JSON, parsed into a Document, then encoded) made most of the garbage of a replay, which needs
 * only the bytes' digest ({@link TrailCheck}).
 *
 * <p>A payload this writer cannot be sure to encode as that parse would (a key starting with {@code
 * $}, a number beyond a long or of arbitrary precision, a payload that is no object) takes the
 * trail's own way.
 */
final class TrailBytes {
  private static final DocumentCodec CODEC = new DocumentCodec();

  private TrailBytes() {}

  static ByteBuffer of(Delivery delivery) {
    JsonNode payload = delivery.envelope().payload();
    if (payload == null || payload.isNull() || payload.isObject()) {
      try {
        return written(delivery);
      } catch (NotPlain e) {
        // falls through to the trail's own way
      }
    }
    return new RawBsonDocument(AuditTrail.document(delivery), CODEC).getByteBuffer().asNIO();
  }

  private static ByteBuffer written(Delivery delivery) {
    EventEnvelope e = delivery.envelope();
    JsonNode payload = e.payload();
    Map<String, String> metadata = e.metadata() == null ? Map.of() : e.metadata();
    var buffer = new BasicOutputBuffer(512 + (payload == null ? 0 : 2 * payload.size() * 32));
    try (var w = new BsonBinaryWriter(buffer)) {
      w.writeStartDocument();
      string(w, "_id", e.eventId());
      string(w, TrailFields.SERVICE, Topics.serviceOf(delivery.topic()));
      string(w, TrailFields.TYPE, e.type());
      string(w, TrailFields.REVISION, e.revision());
      string(w, TrailFields.AGGREGATE_TYPE, e.aggregateType());
      string(w, TrailFields.AGGREGATE_ID, e.aggregateId());
      w.writeInt64(TrailFields.SEQUENCE, e.sequence());
      w.writeDateTime(TrailFields.TIMESTAMP, e.timestamp().toEpochMilli());
      string(w, TrailFields.USER, metadata.get(MetadataKeys.USER));
      string(w, TrailFields.CORRELATION_ID, metadata.get(MetadataKeys.CORRELATION_ID));
      string(w, ReportingStore.BRANCH_ID, metadata.get(MetadataKeys.BRANCH));
      w.writeName(TrailFields.PAYLOAD);
      value(w, payload);
      w.writeEndDocument();
    }
    return ByteBuffer.wrap(buffer.getInternalBuffer(), 0, buffer.getPosition());
  }

  private static void string(BsonBinaryWriter w, String name, String value) {
    if (value == null) {
      w.writeNull(name);
    } else {
      w.writeString(name, value);
    }
  }

  /**
   * What Document.parse reads this JSON value as, written as DocumentCodec writes that; {@link
   * NotPlain} at a value it cannot be sure to write so.
   */
  private static void value(BsonBinaryWriter w, JsonNode node) {
    if (node == null || node.isNull()) {
      w.writeNull();
    } else if (node.isObject()) {
      w.writeStartDocument();
      for (Iterator<Map.Entry<String, JsonNode>> f = node.fields(); f.hasNext(); ) {
        var field = f.next();
        if (field.getKey().startsWith("$")) {
          throw NotPlain.INSTANCE; // the parse reads it as an operator
        }
        w.writeName(field.getKey());
        value(w, field.getValue());
      }
      w.writeEndDocument();
    } else if (node.isArray()) {
      w.writeStartArray();
      node.forEach(element -> value(w, element));
      w.writeEndArray();
    } else if (node.isTextual()) {
      w.writeString(node.textValue());
    } else if (node.isBoolean()) {
      w.writeBoolean(node.booleanValue());
    } else if (node.isIntegralNumber() && node.canConvertToLong()) {
      if (node.canConvertToInt()) {
        w.writeInt32(node.intValue());
      } else {
        w.writeInt64(node.longValue());
      }
    } else if (node.isDouble() && Double.isFinite(node.doubleValue())) {
      w.writeDouble(node.doubleValue());
    } else {
      // beyond a long, of arbitrary precision, a float (printed as one, parsed as a double: not
      // the same number), binary or a POJO
      throw NotPlain.INSTANCE;
    }
  }

  /** A payload written the trail's own way; thrown without a stack, it costs next to nothing. */
  private static final class NotPlain extends RuntimeException {
    static final NotPlain INSTANCE = new NotPlain();

    private NotPlain() {
      super(null, null, false, false);
    }
  }
}
