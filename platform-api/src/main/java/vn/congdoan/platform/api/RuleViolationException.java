package vn.congdoan.platform.api;

import java.util.Optional;

/** A business rule refused the request (HTTP 422); the message says which rule, in plain words. */
public class RuleViolationException extends RuntimeException {
  public RuleViolationException(String message) {
    super(message);
  }

  /** Refuses with {@code why} when a rule said why not; does nothing when it is empty. */
  public static void refuseIf(Optional<String> why) {
    if (why.isPresent()) {
      throw new RuleViolationException(why.get());
    }
  }
}
