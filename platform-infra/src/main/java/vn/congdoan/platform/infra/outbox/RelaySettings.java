package vn.congdoan.platform.infra.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how a service publishes its events.
 *
 * @param topic the service's Kafka topic; a service without one records no events
 * @param partitions partitions of the topic when it is created (aggregate id is the key)
 * @param replicas replication factor when the topic is created
 * @param batchSize events per relay round
 * @param idlePoll how long the relay sleeps when nothing is queued and nobody wakes it
 * @param orphanAfter how long an outbox entry may wait for its event before it is dropped
 * @param gatherFor how long the relay lets events gather after a round that was not full
 */
@ConfigurationProperties("platform.events")
public record RelaySettings(
    String topic,
    @DefaultValue("6") int partitions,
    @DefaultValue("1") short replicas,
    @DefaultValue("500") int batchSize,
    @DefaultValue("200ms") Duration idlePoll,
    @DefaultValue("1s") Duration retryDelay,
    @DefaultValue("5m") Duration orphanAfter,
    @DefaultValue("10ms") Duration gatherFor) {}
