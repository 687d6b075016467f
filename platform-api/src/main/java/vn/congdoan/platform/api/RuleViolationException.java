package vn.congdoan.platform.api;

import java.util.Optional;

/** A business rule refused the request (HTTP 422); the message says which rule, in plain words. */
public class RuleViolationException extends RuntimeException implements Refused {
  private final Refusal refusal;

  public RuleViolationException(String message) {
    super(message);
    this.refusal = null;
  }

  /** Refused with a text the caller reads in their language; the message is its English. */
  public RuleViolationException(Refusal refusal) {
    super(refusal.english());
    this.refusal = refusal;
  }

  @Override
  public Optional<Refusal> refusal() {
    return Optional.ofNullable(refusal);
  }

  /** Refuses with {@code why} when a rule said why not; does nothing when it is empty. */
  public static void refuseIf(Optional<Refusal> why) {
    if (why.isPresent()) {
      throw new RuleViolationException(why.get());
    }
  }
}
