package vn.congdoan.welfare.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congdoan.platform.infra.aggregate.FreshCache;
import vn.congdoan.welfare.client.MembershipSettings;

/** The command side's clock, caches and settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DisclosureSettings.class, MembershipSettings.class})
public class WelfareConfig {
  /** "Today" (a reversal's date, a disclosure deadline) is the unions' own calendar day. */
  private static final ZoneId UNION_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

  @Bean
  Clock clock() {
    return Clock.system(UNION_TIME);
  }

  /**
   * Every contribution to a province campaign loads it; keeping loaded campaigns in memory saves
   * replaying thousands of contributions each time. Entries go as soon as memory is needed. What
   * another instance appended to a cached campaign is read before each command ({@link
   * FreshCache}).
   */
  @Bean
  Cache campaignCache(ObjectProvider<EventStorageEngine> store, MeterRegistry metrics) {
    return new FreshCache(new WeakReferenceCache(), store::getObject, metrics, "Campaign");
  }
}
