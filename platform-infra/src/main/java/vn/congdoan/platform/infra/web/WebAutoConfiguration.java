package vn.congdoan.platform.infra.web;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import vn.congdoan.platform.infra.input.InputLimits;
import vn.congdoan.platform.infra.input.PathIds;
import vn.congdoan.platform.infra.input.RequestJson;
import vn.congdoan.platform.infra.security.DevTokenController;

/** Errors, idempotency, input rules and command metadata: the same in every service. */
@AutoConfiguration(
    after = {MongoAutoConfiguration.class, AxonAutoConfiguration.class},
    before = ErrorMvcAutoConfiguration.class)
@EnableConfigurationProperties({AuditRateLimitSettings.class, WebSettings.class, InputLimits.class})
public class WebAutoConfiguration {

  @Bean
  AuditRateLimit auditRateLimit(AuditRateLimitSettings settings) {
    return new AuditRateLimit(settings);
  }

  @Bean
  RequestJson requestJson(InputLimits limits, ObjectProvider<Clock> clock) {
    return new RequestJson(limits, clock.getIfAvailable(Clock::systemUTC));
  }

  @Bean
  ProblemErrorController problemErrorController() {
    return new ProblemErrorController();
  }

  @Bean
  ProblemReportValve.Installer problemReportValve() {
    return new ProblemReportValve.Installer();
  }

  @Bean
  org.springdoc.core.customizers.OpenApiCustomizer apiDocumentation(
      @Value("${spring.application.name}") String service) {
    return new ApiDocumentation(service);
  }

  @Bean
  PathIds pathIds() {
    return new PathIds();
  }

  @Bean
  ProblemHandler problemHandler(WebSettings settings) {
    return new ProblemHandler(settings.retryAfter());
  }

  @Bean
  IdempotencyStore idempotencyStore(
      MongoClient client, MongoProperties mongo, WebSettings settings) {
    var store =
        new IdempotencyStore(
            client.getDatabase(mongo.getMongoClientDatabase()).getCollection("idempotency"),
            settings.idempotency().ttl(),
            settings.idempotency().lease(),
            Clock.systemUTC());
    store.ensureIndexes();
    return store;
  }

  @Bean
  FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
      IdempotencyStore store, WebSettings settings) {
    var registration = new FilterRegistrationBean<>(new IdempotencyFilter(store, settings));
    registration.addUrlPatterns("/api/*");
    return registration;
  }

  @Bean
  @ConditionalOnBean(CommandGateway.class)
  CommandSender commandSender(CommandGateway gateway, MeterRegistry metrics) {
    return new CommandSender(gateway, metrics);
  }

  @Bean
  @Profile("local")
  @ConditionalOnProperty(prefix = "platform.security", name = "dev-tokens", havingValue = "true")
  DevTokenController devTokenController(@Value("${platform.security.dev-secret}") String secret) {
    return new DevTokenController(secret);
  }
}
