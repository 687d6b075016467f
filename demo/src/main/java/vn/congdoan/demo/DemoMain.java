package vn.congdoan.demo;

/** Loads the demo data into a running platform. */
public final class DemoMain {
  private DemoMain() {}

  public static void main(String[] args) {}
}
