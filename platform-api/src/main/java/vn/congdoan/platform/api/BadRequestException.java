package vn.congdoan.platform.api;

import java.util.Optional;

/**
 * A request that makes no sense as sent (HTTP 400), told in the caller's language. An {@link
 * IllegalArgumentException}, so that whatever treats bad arguments as the caller's fault still
 * does.
 */
public class BadRequestException extends IllegalArgumentException implements Refused {
  private final Refusal refusal;

  public BadRequestException(Refusal refusal) {
    super(refusal.english());
    this.refusal = refusal;
  }

  @Override
  public Optional<Refusal> refusal() {
    return Optional.of(refusal);
  }
}
