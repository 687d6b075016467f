package vn.congdoan.platform.api;

import java.util.Optional;

/** A duplicate id or a concurrent change (HTTP 409). */
public class ConflictException extends RuntimeException implements Refused {
  private final Refusal refusal;

  public ConflictException(String message) {
    super(message);
    this.refusal = null;
  }

  /** A conflict told in the caller's language; the message is its English. */
  public ConflictException(Refusal refusal) {
    super(refusal.english());
    this.refusal = refusal;
  }

  @Override
  public Optional<Refusal> refusal() {
    return Optional.ofNullable(refusal);
  }
}
