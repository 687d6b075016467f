package vn.congdoan.demo;

import static vn.congdoan.demo.ModelWelfare.member;
import static vn.congdoan.demo.ModelWelfare.members;

import java.util.List;
import vn.congdoan.demo.Grants.Grant;

/** The model branch's 2024 grants that name their recipients (visits, gifts to families, trips). */
final class ModelGrants {
  private static final String B = ModelBranchDemo.BRANCH_ID;

  private ModelGrants() {}

  private static int bornIn(int i) {
    return Integer.parseInt(ModelRoster.dateOfBirth(i).substring(0, 4));
  }

  /** Members young enough to have children of gift age: born 1980 or later. */
  static List<String> parentsOfChildren() {
    return members(i -> bornIn(i) >= 1980);
  }

  /** The 2024 grants listing their recipients; the occasion gifts are given in {@link #record}. */
  static List<Grant> of2024() {
    List<String> all = members(i -> true);
    return List.of(
        new Grant(
            B + "-2024-1-6",
            "CHILDRENS_DAY",
            "2024-05-31",
            parentsOfChildren(),
            "CHILD",
            200_000,
            "UNION_FUNDING",
            "Quà Quốc tế thiếu nhi 1/6 cho con đoàn viên"),
        new Grant(
            B + "-2024-trung-thu",
            "MID_AUTUMN",
            "2024-09-13",
            parentsOfChildren(),
            "CHILD",
            200_000,
            "UNION_FUNDING",
            "Quà Tết Trung thu cho con đoàn viên"),
        new Grant(
            B + "-2024-1-10",
            "OLDER_PERSONS_DAY",
            "2024-10-01",
            members(i -> bornIn(i) <= 1985),
            "PARENT",
            300_000,
            "UNION_FUNDING",
            "Quà chúc mừng bố, mẹ đoàn viên ngày Quốc tế người cao tuổi"),
        new Grant(
            B + "-2024-10-10",
            "FOUNDING_DAY",
            "2024-10-10",
            all,
            "SELF",
            500_000,
            "UNION_FUNDING",
            "Chúc mừng ngày thành lập Văn phòng 10/10"),
        new Grant(
            B + "-2024-20-11",
            "TEACHERS_DAY",
            "2024-11-20",
            all,
            "SELF",
            200_000,
            "UNION_FUNDING",
            "Chúc mừng ngày Nhà giáo Việt Nam 20/11"),
        new Grant(
            B + "-2024-sam-son",
            "VACATION",
            "2024-07-05",
            all,
            "SELF",
            1_000_000,
            "UNION_FUNDING",
            "Nghỉ dưỡng hè tại TP. Sầm Sơn"),
        new Grant(
            B + "-2024-om-1",
            "SICKNESS_VISIT",
            "2024-03-21",
            List.of(member(4)),
            "SELF",
            1_000_000,
            "DUES",
            "Thăm hỏi đoàn viên ốm đau"),
        new Grant(
            B + "-2024-om-2",
            "SICKNESS_VISIT",
            "2024-08-14",
            List.of(member(18)),
            "SELF",
            1_000_000,
            "DUES",
            "Thăm hỏi đoàn viên ốm đau"),
        new Grant(
            B + "-2024-om-3",
            "SICKNESS_VISIT",
            "2024-11-06",
            List.of(member(39)),
            "SELF",
            1_000_000,
            "DUES",
            "Thăm hỏi đoàn viên nằm viện"),
        new Grant(
            B + "-2024-om-4",
            "SICKNESS_VISIT",
            "2024-06-10",
            List.of(member(27)),
            "PARENT",
            500_000,
            "DUES",
            "Thăm hỏi bố đoàn viên ốm đau"),
        new Grant(
            B + "-2024-hieu-1",
            "BEREAVEMENT",
            "2024-07-22",
            List.of(member(8)),
            "PARENT",
            2_000_000,
            "DUES",
            "Phúng viếng bố đẻ đoàn viên"),
        new Grant(
            B + "-2024-hieu-2",
            "BEREAVEMENT",
            "2024-12-03",
            List.of(member(33)),
            "PARENT",
            2_000_000,
            "DUES",
            "Phúng viếng mẹ đẻ đoàn viên"),
        new Grant(
            B + "-2024-hi-1",
            "WEDDING",
            "2024-04-20",
            List.of(member(29)),
            "SELF",
            1_000_000,
            "DUES",
            "Mừng đám cưới đoàn viên"),
        new Grant(
            B + "-2024-hi-2",
            "WEDDING",
            "2024-12-15",
            List.of(member(1)),
            "CHILD",
            500_000,
            "DUES",
            "Mừng đám cưới con đoàn viên"));
  }
}
