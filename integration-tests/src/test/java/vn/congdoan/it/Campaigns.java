package vn.congdoan.it;

import java.util.Map;

/** Bodies that launch a welfare donation campaign. */
final class Campaigns {
  private Campaigns() {}

  /** A campaign run by one branch among its own members. */
  static Map<String, Object> ofBranch(
      String branchId, String title, String purpose, String opensOn) {
    return Map.of(
        "title", title,
        "scope", "BRANCH",
        "branchId", branchId,
        "purpose", purpose,
        "opensOn", opensOn);
  }
}
