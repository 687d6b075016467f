package vn.congdoan.platform.api;

import java.util.Optional;

/** Another service this request needs could not answer: down, too slow or failing (HTTP 503). */
public class ServiceUnavailableException extends RuntimeException implements Refused {
  private final Refusal refusal;

  public ServiceUnavailableException(String message, Throwable cause) {
    super(message, cause);
    this.refusal = null;
  }

  /** Told in the caller's language; the message is its English. */
  public ServiceUnavailableException(Refusal refusal, Throwable cause) {
    super(refusal.english(), cause);
    this.refusal = refusal;
  }

  @Override
  public Optional<Refusal> refusal() {
    return Optional.ofNullable(refusal);
  }
}
