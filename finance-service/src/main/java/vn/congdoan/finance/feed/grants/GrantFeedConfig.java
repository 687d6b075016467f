package vn.congdoan.finance.feed.grants;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/** The consumer that books welfare grants as member-care expenses. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GrantFeedSettings.class)
public class GrantFeedConfig {
  @Bean
  GrantExpenseConsumer grantExpenseConsumer(CommandGateway gateway, MeterRegistry metrics) {
    return new GrantExpenseConsumer(new WelfareGrants(), gateway, metrics);
  }

  /**
   * Spring Kafka's default gives up on a failed batch after ten tries and skips it; here a failure
   * is the store being away, never the batch (unreadable and refused records are skipped by the
   * consumer), so the batch is tried until it succeeds.
   */
  @Bean
  CommonErrorHandler grantEventsErrorHandler(GrantFeedSettings settings) {
    var backOff = new ExponentialBackOff(settings.retryInitial().toMillis(), 2.0);
    backOff.setMaxInterval(settings.retryMax().toMillis());
    backOff.setMaxElapsedTime(Long.MAX_VALUE);
    return new DefaultErrorHandler(backOff);
  }
}
