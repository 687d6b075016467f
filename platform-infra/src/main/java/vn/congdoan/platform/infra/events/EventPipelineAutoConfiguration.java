package vn.congdoan.platform.infra.events;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.config.TopicBuilder;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.MetadataKeys;
import vn.congdoan.platform.infra.chain.ChainSettings;
import vn.congdoan.platform.infra.lease.Leases;
import vn.congdoan.platform.infra.outbox.OutboxHook;
import vn.congdoan.platform.infra.outbox.OutboxRelay;
import vn.congdoan.platform.infra.outbox.OutboxStorageStrategy;
import vn.congdoan.platform.infra.outbox.ParkedEntries;
import vn.congdoan.platform.infra.outbox.RelaySettings;
import vn.congdoan.platform.infra.outbox.Wakeup;
import vn.congdoan.platform.infra.wire.PayloadUpcasts;
import vn.congdoan.platform.infra.wire.WireNameSerializer;
import vn.congdoan.platform.infra.wire.WireNames;

/**
 * The event pipeline every recording service shares: Axon aggregates stored in the service's own
 * MongoDB database, serialized as JSON under stable wire names, and relayed to the service's Kafka
 * topic through the outbox. Active in a service that names its topic ({@code
 * platform.events.topic}).
 */
@AutoConfiguration(
    before = AxonAutoConfiguration.class,
    after = {MongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@ConditionalOnProperty(prefix = "platform.events", name = "topic")
@EnableConfigurationProperties({RelaySettings.class, ChainSettings.class})
@Import(ChainConfiguration.class)
public class EventPipelineAutoConfiguration {

  @Bean
  WireNames wireNames() {
    return WireNames.scan("vn.congdoan");
  }

  @Bean
  PayloadUpcasts payloadUpcasts() {
    return PayloadUpcasts.platform();
  }

  @Bean
  @Primary
  Serializer serializer(WireNames wireNames) {
    return new WireNameSerializer(
        WireNameSerializer.builder()
            .objectMapper(EventJson.mapper())
            .revisionResolver(new AnnotationRevisionResolver()),
        wireNames);
  }

  @Bean
  MongoTemplate axonMongoTemplate(MongoClient client, MongoProperties mongo) {
    return DefaultMongoTemplate.builder()
        .mongoDatabase(client, mongo.getMongoClientDatabase())
        .build();
  }

  @Bean
  Wakeup relayWakeup() {
    return new Wakeup();
  }

  @Bean
  EventStorageEngine eventStorageEngine(
      MongoTemplate template,
      Serializer serializer,
      MongoClient client,
      MongoProperties mongo,
      Wakeup wakeup,
      PayloadUpcasts upcasts,
      OutboxHook hook,
      org.axonframework.config.Configuration axon) {
    return MongoEventStorageEngine.builder()
        .mongoTemplate(template)
        .storageStrategy(new OutboxStorageStrategy(outbox(client, mongo), wakeup::signal, hook))
        .eventSerializer(serializer)
        .snapshotSerializer(serializer)
        // Ours come after any Axon was given: each step only ever meets its own old revision.
        .upcasterChain(new EventUpcasterChain(axon.upcasterChain(), upcasts.axonChain()))
        .build();
  }

  @Bean
  OutboxRelay outboxRelay(
      MongoTemplate template,
      MongoClient client,
      MongoProperties mongo,
      KafkaProperties kafka,
      RelaySettings settings,
      Wakeup wakeup,
      OutboxHook hook,
      ParkedEntries parked,
      MeterRegistry metrics,
      Leases leases) {
    Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties(null));
    // Not tuning knobs: the record must reach every in-sync replica, once, in order.
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
    var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    new KafkaClientMetrics(producer).bindTo(metrics);
    return new OutboxRelay(
        outbox(client, mongo),
        template.eventCollection(),
        producer,
        settings,
        wakeup,
        hook,
        parked,
        EventJson.mapper(),
        metrics,
        leases.named("outbox-relay"));
  }

  /** One relay and one digester per service, whatever the number of its instances. */
  @Bean
  Leases leases(
      MongoClient client,
      MongoProperties mongo,
      @Value("${platform.lease.term:10s}") java.time.Duration term) {
    return new Leases(
        client.getDatabase(mongo.getMongoClientDatabase()).getCollection("leases"), term);
  }

  @Bean
  ParkedEntries parkedEntries(MongoClient client, MongoProperties mongo, OutboxHook hook) {
    return new ParkedEntries(
        client.getDatabase(mongo.getMongoClientDatabase()).getCollection("outbox_parked"), hook);
  }

  @Bean
  NewTopic eventTopic(
      RelaySettings settings,
      @Value("${platform.events.min-insync-replicas:1}") int minInsyncReplicas) {
    // With acks=all, an event is acknowledged once this many replicas hold it: on a cluster of
    // three, 2 keeps every acknowledged event through the loss of any one broker.
    return TopicBuilder.name(settings.topic())
        .partitions(settings.partitions())
        .replicas(settings.replicas())
        .config("min.insync.replicas", String.valueOf(minInsyncReplicas))
        .config("retention.ms", "-1")
        .config("retention.bytes", "-1")
        .build();
  }

  /**
   * Copies who, which branch, which request and which idempotency key from each command onto the
   * events it causes, plus the command's id as the causation. Replaces Axon's default provider on
   * purpose: its {@code correlationId} would overwrite the request's.
   */
  @Bean
  CorrelationDataProvider eventMetadataProvider() {
    return message -> {
      Map<String, Object> data = new HashMap<>();
      for (String key :
          new String[] {
            MetadataKeys.USER,
            MetadataKeys.BRANCH,
            MetadataKeys.CORRELATION_ID,
            MetadataKeys.IDEMPOTENCY_KEY
          }) {
        Object value = message.getMetaData().get(key);
        if (value != null) {
          data.put(key, value);
        }
      }
      data.put("causationId", message.getIdentifier());
      return data;
    };
  }

  private static MongoCollection<Document> outbox(MongoClient client, MongoProperties mongo) {
    return client.getDatabase(mongo.getMongoClientDatabase()).getCollection("outbox");
  }
}
