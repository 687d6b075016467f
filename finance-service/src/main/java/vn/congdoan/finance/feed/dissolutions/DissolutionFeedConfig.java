package vn.congdoan.finance.feed.dissolutions;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The consumer that closes dissolved branches' books. It runs in the same listener container
 * factory as the grants consumer, so the consumer settings in finance.yml and the retry-forever
 * error handler of {@code GrantFeedConfig} apply to it too; only its group differs.
 */
@Configuration(proxyBeanMethods = false)
public class DissolutionFeedConfig {
  @Bean
  DissolutionConsumer dissolutionConsumer(CommandGateway gateway) {
    return new DissolutionConsumer(new Dissolutions(), gateway);
  }
}
