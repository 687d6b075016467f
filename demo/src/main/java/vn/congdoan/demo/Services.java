package vn.congdoan.demo;

/** Where the recording services answer, as base URLs such as {@code http://127.0.0.1:8081}. */
public record Services(String membershipUrl, String welfareUrl, String financeUrl) {
  /** The ports {@code ./platform up} uses. */
  public static Services local() {
    return new Services("http://127.0.0.1:8081", "http://127.0.0.1:8082", "http://127.0.0.1:8083");
  }
}
