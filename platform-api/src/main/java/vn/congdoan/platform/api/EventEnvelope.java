package vn.congdoan.platform.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * One event as it travels on Kafka: the record value of the service topics. The key of the Kafka
 * record is the aggregate id, so one aggregate's events keep their order on one partition.
 *
 * @param eventId unique id of the event, the consumers' deduplication key
 * @param type the event's {@link WireName}
 * @param revision the payload's revision ({@code @Revision})
 * @param sequence position of the event in its aggregate's stream, from 0
 * @param timestamp when the event was recorded
 * @param metadata who and why: see {@link MetadataKeys}
 */
public record EventEnvelope(
    String eventId,
    String type,
    String revision,
    String aggregateType,
    String aggregateId,
    long sequence,
    Instant timestamp,
    Map<String, String> metadata,
    JsonNode payload) {}
