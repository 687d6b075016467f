package vn.congdoan.platform.infra.aggregate;

import java.time.Duration;
import org.axonframework.commandhandling.CommandBus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** Puts every command of a service that has a command bus under a {@link CommandWatch}. */
@AutoConfiguration
@ConditionalOnClass(CommandBus.class)
public class CommandAutoConfiguration {
  @Bean(destroyMethod = "close")
  CommandWatch commandWatch(
      ObjectProvider<CommandBus> commandBus,
      @Value("${platform.commands.warn-after:10s}") Duration warnAfter,
      @Value("${platform.commands.interrupt-after:60s}") Duration interruptAfter) {
    // the same limits as Axon's command-bus timeouts, which this replaces (axon.timeout.enabled)
    var watch = new CommandWatch(warnAfter, interruptAfter, Duration.ofSeconds(1));
    commandBus.ifAvailable(bus -> bus.registerHandlerInterceptor(watch));
    return watch;
  }
}
