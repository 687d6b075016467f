package vn.congdoan.membership.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congdoan.platform.infra.aggregate.FreshCache;

/**
 * Every admission reads its branch; keeping loaded branches in memory saves re-reading their stream
 * each time. The {@code membership.branch-cache.size} most used branches stay (a branch of a
 * hundred members is some tens of kilobytes); the collector may take them when memory is short.
 * What another instance appended to a cached branch is read before each command ({@link
 * FreshCache}).
 */
@Configuration
public class AggregateCaches {
  @Bean
  public Cache branchCache(
      @Value("${membership.branch-cache.size:2000}") long size,
      ObjectProvider<EventStorageEngine> store,
      MeterRegistry metrics) {
    return new FreshCache(new BoundedCache(size), store::getObject, metrics, "Branch");
  }
}
