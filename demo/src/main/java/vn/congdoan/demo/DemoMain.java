package vn.congdoan.demo;

/**
 * Loads the demo data into a running platform:
 *
 * <pre>
 * java -jar demo-exec.jar [--membership URL] [--welfare URL] [--finance URL]
 *                         [--model] [--province N] [--seed S]
 * </pre>
 *
 * Without --model or --province it loads the model branch. Exits 1 when a load failed, 2 on a wrong
 * command line.
 */
public final class DemoMain {
  private DemoMain() {}

  public static void main(String[] args) {
    DemoArgs parsed;
    try {
      parsed = DemoArgs.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("demo: " + e.getMessage());
      System.err.println(DemoArgs.USAGE);
      System.exit(2);
      return;
    }
    long start = System.nanoTime();
    try {
      if (parsed.model()) {
        ModelBranchDemo.load(parsed.services());
      }
      if (parsed.province() > 0) {
        GeneratedProvince.load(parsed.services(), parsed.province(), parsed.seed());
      }
    } catch (DemoException e) {
      System.err.println("demo: FAILED: " + e.getMessage());
      System.exit(1);
    }
    Progress.say(
        "done in "
            + Progress.seconds(start)
            + (parsed.model() ? "; model branch " + ModelBranchDemo.BRANCH_ID : "")
            + (parsed.province() > 0
                ? "; province of " + parsed.province() + " branches (seed " + parsed.seed() + ")"
                : ""));
  }
}
