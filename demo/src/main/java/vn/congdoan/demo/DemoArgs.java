package vn.congdoan.demo;

/** The demo's command line. */
record DemoArgs(Services services, boolean model, int province, long seed) {
  static final String USAGE =
      "usage: java -jar demo-exec.jar [--membership URL] [--welfare URL] [--finance URL]"
          + " [--model] [--province N] [--seed S]\n"
          + "  with neither --model nor --province: --model";

  static DemoArgs parse(String[] args) {
    Services local = Services.local();
    String membership = local.membershipUrl();
    String welfare = local.welfareUrl();
    String finance = local.financeUrl();
    boolean model = false;
    int province = 0;
    long seed = 2024;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--model" -> model = true;
        case "--membership" -> membership = value(args, ++i, arg);
        case "--welfare" -> welfare = value(args, ++i, arg);
        case "--finance" -> finance = value(args, ++i, arg);
        case "--province" -> province = number(value(args, ++i, arg), arg);
        case "--seed" -> seed = number(value(args, ++i, arg), arg);
        default -> throw new IllegalArgumentException("unknown argument " + arg);
      }
    }
    if (province < 0 || province > 9_999) {
      throw new IllegalArgumentException("--province takes 0 to 9999 branches");
    }
    if (seed < 0) {
      throw new IllegalArgumentException(
          "--seed takes a number of 0 or more (it is in branch ids)");
    }
    return new DemoArgs(
        new Services(trim(membership), trim(welfare), trim(finance)),
        model || province == 0,
        province,
        seed);
  }

  private static String value(String[] args, int i, String flag) {
    if (i >= args.length) {
      throw new IllegalArgumentException(flag + " needs a value");
    }
    return args[i];
  }

  private static int number(String value, String flag) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " takes a number, not " + value);
    }
  }

  private static String trim(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
