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
 * @param idempotency how long idempotency keys live
 */
@ConfigurationProperties("platform.web")
public record WebSettings(
    @DefaultValue("1000000") int maxBodyBytes,
    @DefaultValue("5s") Duration retryAfter,
    @DefaultValue Idempotency idempotency) {

  /**
   * @param ttl how long a key and its answer are kept: a day covers a client retrying through an
   *     outage or overnight batch, and the collection stays the size of one day's writes
   * @param lease how long a running request holds its key without renewing it (it renews every
   *     third of it): a takeover needs three renewals missed in a row, which a live process does
   *     not do, however long its request runs
   */
  public record Idempotency(
      @DefaultValue("24h") Duration ttl, @DefaultValue("60s") Duration lease) {}

  /** The value of a {@code Retry-After} header: whole seconds, at least one. */
  static String seconds(Duration wait) {
    return String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000));
  }
}
