package vn.congdoan.platform.api;

/** A business rule refused the request (HTTP 422); the message says which rule, in plain words. */
public class RuleViolationException extends RuntimeException {
  public RuleViolationException(String message) {
    super(message);
  }
}
