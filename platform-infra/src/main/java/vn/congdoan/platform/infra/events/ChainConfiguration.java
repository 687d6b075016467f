package vn.congdoan.platform.infra.events;

import com.mongodb.client.MongoClient;
import java.time.Clock;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congdoan.platform.api.EventJson;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.platform.infra.chain.ChainDigester;
import vn.congdoan.platform.infra.chain.ChainHeads;
import vn.congdoan.platform.infra.chain.ChainHook;
import vn.congdoan.platform.infra.chain.ChainSettings;
import vn.congdoan.platform.infra.chain.ChainVerificationController;
import vn.congdoan.platform.infra.chain.ChainVerifier;
import vn.congdoan.platform.infra.lease.Leases;
import vn.congdoan.platform.infra.outbox.OutboxHook;
import vn.congdoan.platform.infra.outbox.ParkedEntries;
import vn.congdoan.platform.infra.outbox.RelaySettings;

/**
 * The hash chain's part of the event pipeline, imported by {@link EventPipelineAutoConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
class ChainConfiguration {
  /** The hash chain, told of every append, load and publication through the outbox's hook. */
  @Bean
  OutboxHook chainHook(ChainHeads heads) {
    return new ChainHook(heads);
  }

  @Bean
  ChainHeads chainHeads(MongoClient client, MongoProperties mongo) {
    return new ChainHeads(
        client.getDatabase(mongo.getMongoClientDatabase()).getCollection("chain_heads"));
  }

  @Bean
  ChainDigester chainDigester(
      ChainHeads heads,
      EventStorageEngine store,
      RelaySettings relay,
      ChainSettings settings,
      Leases leases) {
    return new ChainDigester(
        Topics.serviceOf(relay.topic()), heads, store, settings, leases.named("chain-digester"));
  }

  @Bean
  ChainVerifier chainVerifier(MongoTemplate template, RelaySettings relay, ParkedEntries parked) {
    return new ChainVerifier(
        Topics.serviceOf(relay.topic()),
        template.eventCollection(),
        EventJson.mapper(),
        Clock.systemUTC(),
        parked);
  }

  @Bean
  ChainVerificationController chainVerificationController(ChainVerifier verifier) {
    return new ChainVerificationController(verifier);
  }
}
