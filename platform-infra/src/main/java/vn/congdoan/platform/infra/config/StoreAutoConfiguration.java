package vn.congdoan.platform.infra.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The MongoDB client every service shares answers, or fails, within bounded time. */
@AutoConfiguration(before = MongoAutoConfiguration.class)
@EnableConfigurationProperties(MongoTimeouts.class)
public class StoreAutoConfiguration {

  @Bean
  MongoClientSettingsBuilderCustomizer mongoTimeouts(MongoTimeouts timeouts) {
    return timeouts.customizer();
  }
}
