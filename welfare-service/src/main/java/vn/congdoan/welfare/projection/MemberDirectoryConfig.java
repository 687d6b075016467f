package vn.congdoan.welfare.projection;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/** The member directory in the service's database, and the consumer that keeps it current. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MemberFeedSettings.class)
public class MemberDirectoryConfig {
  @Bean
  MemberStays memberStays(MongoClient client, MongoProperties mongo) {
    var stays = new MemberStays(client.getDatabase(mongo.getMongoClientDatabase()));
    stays.createIndexes();
    return stays;
  }

  @Bean
  MongoMemberDirectory memberDirectory(MemberStays stays) {
    return new MongoMemberDirectory(stays);
  }

  @Bean
  MembershipEvents membershipEvents() {
    return new MembershipEvents();
  }

  @Bean
  MemberStayProjection memberStayProjection(
      MemberStays stays, MembershipEvents events, MeterRegistry metrics) {
    return new MemberStayProjection(stays, events, metrics);
  }

  @Bean
  MemberEventConsumer memberEventConsumer(
      MembershipEvents events, MemberStayProjection projection) {
    return new MemberEventConsumer(events, projection);
  }

  /**
   * Spring Kafka's default gives up on a failed batch after ten tries and skips it; here a failure
   * is the store being away, never the batch (unreadable records are skipped before writing), so
   * the batch is tried until it succeeds.
   */
  @Bean
  CommonErrorHandler memberEventsErrorHandler(MemberFeedSettings settings) {
    var backOff = new ExponentialBackOff(settings.retryInitial().toMillis(), 2.0);
    backOff.setMaxInterval(settings.retryMax().toMillis());
    backOff.setMaxElapsedTime(Long.MAX_VALUE);
    return new DefaultErrorHandler(backOff);
  }
}
