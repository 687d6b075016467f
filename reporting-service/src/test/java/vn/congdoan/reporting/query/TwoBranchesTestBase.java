package vn.congdoan.reporting.query;

import org.junit.jupiter.api.BeforeEach;

/** A read model with two branches registered, and what they record at hand. */
abstract class TwoBranchesTestBase extends ReadModelTestBase {
  static final String VP = "vp-doan-dbqh";
  static final String TC = "so-tai-chinh";

  BranchRecordMother records;

  @BeforeEach
  void registerBranches() {
    records = events.records();
    model.apply(
        events.branchRegistered(VP, "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh"),
        events.branchRegistered(TC, "Công đoàn cơ sở Sở Tài chính"));
  }

  /** Two groups in the first branch, one in the second. */
  void addGroups() {
    model.apply(
        events.groupAdded(VP, "to-1", "Tổ Văn phòng"),
        events.groupAdded(VP, "to-2", "Tổ Dân nguyện"),
        events.groupAdded(TC, "to-1", "Tổ Ngân sách"));
  }
}
