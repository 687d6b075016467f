package vn.congdoan.platform.api;

import java.util.Optional;

/** An unknown resource, or one the caller may not know exists (HTTP 404). */
public class NotFoundException extends RuntimeException implements Refused {
  private final Refusal refusal;

  public NotFoundException(String message) {
    super(message);
    this.refusal = null;
  }

  /** Not found, told in the caller's language; the message is its English. */
  public NotFoundException(Refusal refusal) {
    super(refusal.english());
    this.refusal = refusal;
  }

  @Override
  public Optional<Refusal> refusal() {
    return Optional.ofNullable(refusal);
  }
}
