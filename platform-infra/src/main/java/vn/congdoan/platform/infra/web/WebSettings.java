package vn.congdoan.platform.infra.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits every service's HTTP side shares.
 *
 * @param maxBodyBytes the largest write body read at all (413 beyond)
 * @param retryAfter what a 503 (a store, broker or service that did not answer) asks the client to
 *     wait; long enough for a replica set to elect a primary, short enough for a person waiting
 */
@ConfigurationProperties("platform.web")
public record WebSettings(
    @DefaultValue("1000000") int maxBodyBytes, @DefaultValue("5s") Duration retryAfter) {

  /** The value of a {@code Retry-After} header: whole seconds, at least one. */
  static String seconds(Duration wait) {
    return String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000));
  }
}
