package vn.congdoan.finance.client;

/** membership-service could not answer (down, too slow, or failing): HTTP 503, try again later. */
public class MembershipUnavailableException extends RuntimeException {
  public MembershipUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
