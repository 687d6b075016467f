package vn.congdoan.demo;

/** A load that cannot go on; the message says which request and what the service answered. */
public class DemoException extends RuntimeException {
  public DemoException(String message) {
    super(message);
  }

  public DemoException(String message, Throwable cause) {
    super(message, cause);
  }
}
