package vn.congdoan.reporting.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congdoan.reporting.query.EnvelopeDecoder;
import vn.congdoan.reporting.query.ReportingStore;

/** The audit history's reading side; the trail itself is written by the projection applier. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditRateLimitSettings.class)
public class AuditConfig {
  @Bean
  AuditQuery auditQuery(ReportingStore store) {
    return new AuditQuery(store.auditEvents());
  }

  @Bean
  AuditExport auditExport(ObjectMapper json) {
    return new AuditExport(json);
  }

  @Bean
  PointInTime pointInTime(
      MongoClient client, ReportingStore store, EnvelopeDecoder decoder, Clock clock) {
    return new PointInTime(client, store.auditEvents(), decoder, clock);
  }

  /** One limiter per caller, none waiting: a caller over the limit is told when to come back. */
  @Bean
  RateLimiterRegistry auditRateLimiters(AuditRateLimitSettings settings) {
    return RateLimiterRegistry.of(
        RateLimiterConfig.custom()
            .limitForPeriod(settings.requests())
            .limitRefreshPeriod(settings.period())
            .timeoutDuration(Duration.ZERO)
            .build());
  }
}
