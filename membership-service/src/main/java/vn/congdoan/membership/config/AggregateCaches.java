package vn.congdoan.membership.config;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every admission reads its branch; keeping loaded branches in memory saves re-reading their stream
 * each time. Entries go as soon as memory is needed. One instance per service is assumed: a second
 * instance would need a shared cache or a version check on the branch.
 */
@Configuration
public class AggregateCaches {
  @Bean
  public Cache branchCache() {
    return new WeakReferenceCache();
  }
}
