package vn.congdoan.platform.api;

/** The platform's Kafka topics: one log per recording service, kept forever. */
public final class Topics {
  public static final String MEMBERSHIP = "membership.events";
  public static final String WELFARE = "welfare.events";
  public static final String FINANCE = "finance.events";

  private Topics() {}

  /** The recording service a topic belongs to: its name up to the first dot. */
  public static String serviceOf(String topic) {
    int dot = topic.indexOf('.');
    return dot < 0 ? topic : topic.substring(0, dot);
  }
}
