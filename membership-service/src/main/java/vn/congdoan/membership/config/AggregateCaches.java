package vn.congdoan.membership.config;

import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every admission reads its branch; keeping loaded branches in memory saves re-reading their stream
 * each time. The {@code membership.branch-cache.size} most used branches stay (a branch of a
 * hundred members is some tens of kilobytes); the collector may take them when memory is short. One
 * instance per service is assumed: a second instance would need a shared cache or a version check
 * on the branch.
 */
@Configuration
public class AggregateCaches {
  @Bean
  public Cache branchCache(@Value("${membership.branch-cache.size:2000}") long size) {
    return new BoundedCache(size);
  }
}
