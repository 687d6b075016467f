package vn.congdoan.reporting.verification;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import java.util.Optional;
import org.bson.Document;
import vn.congdoan.platform.api.ChainDigestedEvent;
import vn.congdoan.platform.api.WireName;
import vn.congdoan.platform.infra.chain.ChainDigester;
import vn.congdoan.reporting.projection.TrailFields;

/**
 * The digests as they arrived on Kafka, read from the audit trail: the copy of each service's seal
 * that lives outside the service's database.
 */
public class PublishedDigests {
  public static final String TYPE = ChainDigestedEvent.class.getAnnotation(WireName.class).value();

  private final MongoCollection<Document> trail;

  public PublishedDigests(MongoCollection<Document> trail) {
    this.trail = trail;
  }

  /** The newest digest of the service that reached reporting. */
  public Optional<PublishedDigest> latest(String service) {
    Document found =
        trail
            .find(
                Filters.and(
                    Filters.eq(TrailFields.AGGREGATE_ID, ChainDigester.streamOf(service)),
                    Filters.eq(TrailFields.TYPE, TYPE)))
            .sort(Sorts.descending(TrailFields.SEQUENCE))
            .limit(1)
            .first();
    if (found == null) {
      return Optional.empty();
    }
    Document payload = found.get(TrailFields.PAYLOAD, Document.class);
    return Optional.of(
        new PublishedDigest(
            ((Number) found.get(TrailFields.SEQUENCE)).longValue(),
            payload == null ? null : payload.getString("root"),
            found.getDate(TrailFields.TIMESTAMP) == null
                ? null
                : found.getDate(TrailFields.TIMESTAMP).toInstant().toString(),
            found.getString("_id")));
  }

  /** A digest as published: its position in the service's chain stream and its root. */
  public record PublishedDigest(long sequence, String root, String recordedAt, String eventId) {}
}
