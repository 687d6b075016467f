package vn.congdoan.demo;

/**
 * The branch's end (Công văn 4133/TLĐ-ToC): grassroots unions of fully state-funded agencies were
 * dissolved from 1 June 2025. Membership refuses to dissolve a branch that still has members, so
 * every member's union membership ends first, on 31 May, the day the books close (4181/TLĐ-TC).
 */
final class ModelDissolution {
  static final String EFFECTIVE_ON = "2025-06-01";

  private ModelDissolution() {}

  static void record(BranchSession b) {
    for (int i = 0; i < ModelRoster.SIZE; i++) {
      String member = ModelWelfare.member(i);
      b.membership(
          "departure:" + member,
          "/members/" + member + "/departure",
          Body.of("reason", "TRANSFERRED_OUT", "effectiveOn", "2025-05-31"));
    }
    b.staff(
        b.client.services.membershipUrl(),
        "dissolution",
        "/dissolution",
        Body.of(
            "effectiveOn",
            EFFECTIVE_ON,
            "reason",
            "Giải thể công đoàn cơ sở trong cơ quan được ngân sách nhà nước bảo đảm toàn bộ"
                + " kinh phí theo Công văn số 4133/TLĐ-ToC; kết thúc tài chính theo Công văn"
                + " số 4181/TLĐ-TC"));
  }
}
