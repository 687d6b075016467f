package vn.congdoan.platform.infra.config;

import java.io.IOException;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code platform-defaults.yml} (and {@code platform-defaults-<profile>.yml} for each active
 * profile) behind every other property source, so the four services share their common settings
 * from one file and each can still override any of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor, Ordered {
  private static final String AXON_UPDATE_CHECK = "axoniq.update-checker.disabled";

  private final YamlPropertySourceLoader loader = new YamlPropertySourceLoader();

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication app) {
    // Axon's usage reporting would send data about our deployment outside; we hold personal data.
    if (System.getProperty(AXON_UPDATE_CHECK) == null) {
      System.setProperty(AXON_UPDATE_CHECK, "true");
    }
    for (String profile : env.getActiveProfiles()) {
      addLast(env, "platform-defaults-" + profile + ".yml");
    }
    addLast(env, "platform-defaults.yml");
  }

  private void addLast(ConfigurableEnvironment env, String name) {
    var resource = new ClassPathResource(name);
    if (!resource.exists()) {
      return;
    }
    try {
      List<PropertySource<?>> sources = loader.load(name, resource);
      sources.forEach(env.getPropertySources()::addLast);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + name, e);
    }
  }

  @Override
  public int getOrder() {
    // After config data, so that the active profiles are known.
    return ConfigDataEnvironmentPostProcessor.ORDER + 1;
  }
}
