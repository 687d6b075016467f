package vn.congdoan.platform.infra.config;

import com.mongodb.WriteConcern;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;

/**
 * How long a service waits for its MongoDB before it tells the client 503, and when a write counts
 * as done (journaled on a majority: {@code w=…} in the connection string overrides it). The
 * driver's own defaults wait 30 s to find a server and forever for an answer: a store that stops
 * answering would hold every request (and its thread) until the client gave up. Applied before the
 * connection string, so {@code connectTimeoutMS}, {@code socketTimeoutMS} or {@code
 * serverSelectionTimeoutMS} in {@code spring.data.mongodb.uri} still win.
 *
 * @param serverSelectionTimeout how long to look for a server that answers (stopped, electing)
 * @param connectTimeout how long to open a connection
 * @param readTimeout how long one operation may wait for its answer; above the slowest single read
 *     the platform makes (a province summary on the embedded store takes about a second)
 */
@ConfigurationProperties("platform.mongo")
public record MongoTimeouts(
    @DefaultValue("10s") Duration serverSelectionTimeout,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("30s") Duration readTimeout) {

  /** The driver settings, before the connection string's own. */
  public MongoClientSettingsBuilderCustomizer customizer() {
    return new First(this);
  }

  private record First(MongoTimeouts timeouts)
      implements MongoClientSettingsBuilderCustomizer, Ordered {
    @Override
    public void customize(com.mongodb.MongoClientSettings.Builder builder) {
      builder
          // An event is acknowledged once a majority of the replica set has it in its journal:
          // a failover cannot roll it back (the embedded store fsyncs every write the same way).
          .writeConcern(WriteConcern.MAJORITY.withJournal(true))
          .applyToClusterSettings(
              c ->
                  c.serverSelectionTimeout(
                      timeouts.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
          .applyToSocketSettings(
              s ->
                  s.connectTimeout(timeouts.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                      .readTimeout(timeouts.readTimeout().toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public int getOrder() {
      // Spring Boot's customizer (order 0) applies the connection string after this one.
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }
}
