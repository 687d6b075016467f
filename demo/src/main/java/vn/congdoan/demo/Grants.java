package vn.congdoan.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Welfare grants and occasion gifts of one branch; each returns what it granted, in VND. */
final class Grants {
  /** A grant to listed members (or their parents, children, spouses). */
  record Grant(
      String id,
      String kind,
      String grantedOn,
      List<String> members,
      String relation,
      long amountVndEach,
      String fund,
      String note) {
    long totalVnd() {
      return members.size() * amountVndEach;
    }
  }

  private final BranchSession branch;

  Grants(BranchSession branch) {
    this.branch = branch;
  }

  long grant(Grant g) {
    List<Map<String, Object>> recipients = new ArrayList<>();
    g.members().forEach(m -> recipients.add(Body.of("memberId", m, "relation", g.relation())));
    branch.welfare(
        "grant:" + g.id(),
        "/welfare/grants",
        Body.of(
            "grantId", g.id(),
            "kind", g.kind(),
            "grantedOn", g.grantedOn(),
            "recipients", recipients,
            "amountVndEach", g.amountVndEach(),
            "fund", g.fund(),
            "note", g.note()));
    return g.totalVnd();
  }

  /**
   * An occasion gift to every woman member (WOMENS_DAY_MAR8, WOMENS_DAY_OCT20) or to every member
   * born in {@code month} (BIRTHDAY): welfare-service picks the recipients from its member view.
   */
  long occasion(String id, String kind, String grantedOn, Integer month, long each, String note) {
    return branch
        .welfare(
            "occasion:" + id,
            "/welfare/occasions",
            Body.of(
                "grantId", id,
                "kind", kind,
                "grantedOn", grantedOn,
                "month", month,
                "amountVndEach", each,
                "fund", "UNION_FUNDING",
                "note", note))
        .path("amountVnd")
        .asLong();
  }
}
