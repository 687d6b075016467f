package vn.congdoan.platform.api;

/** A duplicate id or a concurrent change (HTTP 409). */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
