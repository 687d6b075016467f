package vn.congdoan.demo;

/**
 * The branch's end (Công văn 4133/TLĐ-ToC): grassroots unions of fully state-funded agencies were
 * dissolved from 1 June 2025. The dissolution itself ends the membership of everyone still on the
 * roll that day (departed, BRANCH_DISSOLVED); its books closed the day before (4181/TLĐ-TC).
 */
final class ModelDissolution {
  static final String EFFECTIVE_ON = "2025-06-01";

  private ModelDissolution() {}

  static void record(BranchSession b) {
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
