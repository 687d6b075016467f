package vn.congdoan.platform.api;

/** Another service this request needs could not answer: down, too slow or failing (HTTP 503). */
public class ServiceUnavailableException extends RuntimeException {
  public ServiceUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
