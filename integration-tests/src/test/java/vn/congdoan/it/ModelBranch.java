package vn.congdoan.it;

import java.util.List;
import vn.congdoan.demo.ModelRoster;

/**
 * The model branch of the reference report (46 members in 4 groups, 30 men and 16 women) as a
 * roster file: the demo's {@link ModelRoster}, so the tests and the demo data agree.
 */
final class ModelBranch {
  static final List<String> GROUPS = ModelRoster.GROUPS;
  static final int[] GROUP_SIZES = ModelRoster.GROUP_SIZES;
  static final int MEN = ModelRoster.MEN;
  static final int WOMEN = ModelRoster.WOMEN;

  private ModelBranch() {}

  /** The member's name on roster line {@code i} (0-based), Vietnamese diacritics and all. */
  static String name(int i) {
    return ModelRoster.name(i);
  }

  static String id(String prefix, int i) {
    return ModelRoster.id(prefix, i);
  }

  static String group(int i) {
    return ModelRoster.group(i);
  }

  /** The roster CSV; {@code prefix} keeps ids apart between tests sharing the platform. */
  static List<String> rosterLines(String prefix) {
    return ModelRoster.rosterLines(prefix);
  }
}
