package vn.congdoan.reporting.verification;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import vn.congdoan.reporting.projection.ReportingStore;

/** Verifying the services' chains: their own recomputation against what Kafka carried. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VerificationSettings.class)
public class VerificationConfig {
  @Bean
  ServiceVerifications serviceVerifications(
      RestClient.Builder builder,
      VerificationSettings settings,
      ReportingStore store,
      MeterRegistry registry) {
    return new ServiceVerifications(
        builder, settings, new PublishedDigests(store.auditEvents()), registry);
  }
}
