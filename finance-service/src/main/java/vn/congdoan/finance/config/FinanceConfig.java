package vn.congdoan.finance.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.congdoan.finance.client.MembershipSettings;

/** The command side's clock and settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
  MembershipSettings.class,
  RuleDefaults.class,
  SpendingRatioSettings.class
})
public class FinanceConfig {
  /** "Today" (the day dues are recorded) is the unions' own calendar day. */
  private static final ZoneId UNION_TIME = ZoneId.of("Asia/Ho_Chi_Minh");

  @Bean
  Clock clock() {
    return Clock.system(UNION_TIME);
  }
}
