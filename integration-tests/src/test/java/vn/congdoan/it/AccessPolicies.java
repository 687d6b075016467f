package vn.congdoan.it;

import static vn.congdoan.platform.infra.security.Role.ADMIN;
import static vn.congdoan.platform.infra.security.Role.AUDITOR;
import static vn.congdoan.platform.infra.security.Role.BRANCH_OFFICER;
import static vn.congdoan.platform.infra.security.Role.FEDERATION_STAFF;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.congdoan.it.Platform.Service;
import vn.congdoan.platform.infra.security.Role;

/**
 * Who may call each endpoint, written down independently of the code's own {@code @Allowed}: the
 * matrix holds the code to this table, and the table must name every endpoint a service serves.
 */
final class AccessPolicies {
  private AccessPolicies() {}

  /** Which branch a request is about: none, the path's, a campaign's, or the body's. */
  enum Scope {
    NONE,
    PATH,
    CAMPAIGN,
    BODY
  }

  /** Roles allowed everywhere, roles allowed in their own branch only. */
  record Policy(Set<Role> anyBranch, Set<Role> ownBranch) {
    boolean allows(Set<Role> roles, boolean ownBranchAsked) {
      return roles.stream()
          .anyMatch(r -> anyBranch.contains(r) || (ownBranchAsked && ownBranch.contains(r)));
    }
  }

  /**
   * One endpoint; {@code body} makes a request body for a target branch (null: an empty object).
   */
  record Endpoint(
      Service service,
      String method,
      String path,
      Policy policy,
      Scope scope,
      String contentType,
      Function<String, Map<String, Object>> body) {
    String key() {
      return method + " " + path;
    }
  }

  static final Policy WRITE = new Policy(EnumSet.of(ADMIN), EnumSet.of(BRANCH_OFFICER));
  static final Policy READ =
      new Policy(EnumSet.of(FEDERATION_STAFF, AUDITOR, ADMIN), EnumSet.of(BRANCH_OFFICER));
  static final Policy MEMBER_DATA =
      new Policy(EnumSet.of(FEDERATION_STAFF, ADMIN), EnumSet.of(BRANCH_OFFICER));
  static final Policy STAFF = new Policy(EnumSet.of(FEDERATION_STAFF, ADMIN), Set.of());
  static final Policy READERS = new Policy(EnumSet.of(FEDERATION_STAFF, AUDITOR, ADMIN), Set.of());
  static final Policy AUDIT = new Policy(EnumSet.of(AUDITOR, ADMIN), Set.of());
  static final Policy ADMINS = new Policy(EnumSet.of(ADMIN), Set.of());
  static final Policy EVERYONE = new Policy(EnumSet.allOf(Role.class), Set.of());

  private static final String JSON = "application/json";
  private static final String TODAY = java.time.LocalDate.now().toString();

  static List<Endpoint> all() {
    return List.of(
        path(Service.MEMBERSHIP, "GET", "/api/branches/{branchId}", READ),
        path(Service.MEMBERSHIP, "GET", "/api/branches/{branchId}/complaints/open", WRITE),
        none(Service.MEMBERSHIP, "GET", "/api/ratings/scales", EVERYONE),
        path(
            Service.REPORTING,
            "GET",
            "/api/reports/branches/{branchId}/years/{year}/records",
            READ),
        none(Service.MEMBERSHIP, "POST", "/api/branches", STAFF),
        path(Service.MEMBERSHIP, "POST", "/api/branches/{branchId}/groups", WRITE),
        path(Service.MEMBERSHIP, "PUT", "/api/branches/{branchId}/groups/{groupId}", WRITE),
        path(Service.MEMBERSHIP, "POST", "/api/branches/{branchId}/dissolution", STAFF),
        path(Service.MEMBERSHIP, "POST", "/api/branches/{branchId}/members", WRITE),
        path(Service.MEMBERSHIP, "GET", "/api/branches/{branchId}/members", READ),
        path(Service.MEMBERSHIP, "GET", "/api/branches/{branchId}/members/{memberId}", READ),
        path(Service.MEMBERSHIP, "GET", "/api/branches/{branchId}/members/export", READ),
        path(
            Service.MEMBERSHIP,
            "POST",
            "/api/branches/{branchId}/members/{memberId}/departure",
            WRITE),
        path(
            Service.MEMBERSHIP,
            "POST",
            "/api/branches/{branchId}/members/{memberId}/transfer",
            WRITE),
        path(
            Service.MEMBERSHIP,
            "POST",
            "/api/branches/{branchId}/members/{memberId}/erasure",
            MEMBER_DATA),
        path(
            Service.MEMBERSHIP,
            "POST",
            "/api/branches/{branchId}/members/{memberId}/correction",
            MEMBER_DATA),
        new Endpoint(
            Service.MEMBERSHIP,
            "POST",
            "/api/branches/{branchId}/members/import",
            WRITE,
            Scope.PATH,
            "text/csv",
            null),
        path(Service.MEMBERSHIP, "POST", "/api/branches/{branchId}/awards", WRITE),
        path(Service.MEMBERSHIP, "POST", "/api/branches/{branchId}/achievements", WRITE),
        path(Service.MEMBERSHIP, "POST", "/api/branches/{branchId}/activities", WRITE),
        path(Service.MEMBERSHIP, "POST", "/api/branches/{branchId}/complaints", WRITE),
        path(
            Service.MEMBERSHIP,
            "POST",
            "/api/branches/{branchId}/complaints/{complaintId}/resolution",
            WRITE),
        path(Service.MEMBERSHIP, "POST", "/api/branches/{branchId}/inspections", WRITE),
        path(Service.MEMBERSHIP, "POST", "/api/branches/{branchId}/ratings", WRITE),
        path(Service.MEMBERSHIP, "PUT", "/api/branches/{branchId}/years/{year}/narrative", WRITE),
        none(Service.MEMBERSHIP, "GET", "/api/audit/verification", AUDIT),
        path(Service.WELFARE, "POST", "/api/branches/{branchId}/welfare/grants", WRITE),
        path(
            Service.WELFARE,
            "POST",
            "/api/branches/{branchId}/welfare/grants/{grantId}/reversal",
            WRITE),
        path(Service.WELFARE, "POST", "/api/branches/{branchId}/welfare/occasions", WRITE),
        path(Service.WELFARE, "GET", "/api/branches/{branchId}/welfare/members", READ),
        new Endpoint(
            Service.WELFARE,
            "POST",
            "/api/campaigns",
            WRITE,
            Scope.BODY,
            JSON,
            b ->
                Map.of(
                    "title",
                    "Ủng hộ",
                    "scope",
                    "BRANCH",
                    "branchId",
                    b,
                    "purpose",
                    "Giúp đỡ",
                    "opensOn",
                    TODAY)),
        campaign("GET", "/api/campaigns/{campaignId}", READ, null),
        campaign(
            "POST",
            "/api/campaigns/{campaignId}/contributions",
            WRITE,
            b -> Map.of("branchId", b, "amountVnd", 1000, "receivedOn", TODAY)),
        campaign(
            "POST", "/api/campaigns/{campaignId}/closing", WRITE, b -> Map.of("closedOn", TODAY)),
        campaign(
            "POST",
            "/api/campaigns/{campaignId}/remittances",
            WRITE,
            b -> Map.of("recipient", "Quỹ", "amountVnd", 1000, "remittedOn", TODAY)),
        campaign(
            "POST",
            "/api/campaigns/{campaignId}/disclosures",
            WRITE,
            b -> Map.of("kind", "RECEIPTS", "publishedOn", TODAY, "where", "Bảng tin")),
        none(Service.WELFARE, "GET", "/api/audit/verification", AUDIT),
        path(Service.FINANCE, "GET", "/api/branches/{branchId}/finance/years/{year}", READ),
        path(Service.FINANCE, "POST", "/api/branches/{branchId}/finance/expenses", WRITE),
        path(Service.FINANCE, "POST", "/api/branches/{branchId}/finance/remittances", WRITE),
        path(Service.FINANCE, "PUT", "/api/branches/{branchId}/finance/budgets/{year}", WRITE),
        path(
            Service.FINANCE,
            "POST",
            "/api/branches/{branchId}/finance/budgets/{year}/approval",
            STAFF),
        path(Service.FINANCE, "POST", "/api/branches/{branchId}/finance/dues", WRITE),
        path(Service.FINANCE, "POST", "/api/branches/{branchId}/finance/union-funding", WRITE),
        path(Service.FINANCE, "POST", "/api/branches/{branchId}/finance/income", WRITE),
        path(
            Service.FINANCE,
            "POST",
            "/api/branches/{branchId}/finance/years/{year}/settlement",
            WRITE),
        none(Service.FINANCE, "POST", "/api/finance/rules", ADMINS),
        none(Service.FINANCE, "GET", "/api/finance/rules", EVERYONE),
        none(Service.FINANCE, "GET", "/api/audit/verification", AUDIT),
        path(Service.REPORTING, "GET", "/api/reports/branches/{branchId}/years/{year}", READ),
        path(
            Service.REPORTING,
            "GET",
            "/api/reports/branches/{branchId}/years/{year}/document",
            READ),
        path(
            Service.REPORTING, "GET", "/api/reports/branches/{branchId}/years/{year}/grants", READ),
        none(Service.REPORTING, "GET", "/api/reports/province/years/{year}", READERS),
        none(Service.REPORTING, "GET", "/api/reports/province/years/{year}/workbook", READERS),
        none(Service.REPORTING, "GET", "/api/reports/province/years/{year}/attention", READERS),
        path(Service.REPORTING, "GET", "/api/reports/branches/{branchId}/wind-up", STAFF),
        none(Service.REPORTING, "GET", "/api/reports/campaigns", READERS),
        path(Service.REPORTING, "GET", "/api/reports/branches/{branchId}/campaigns", READ),
        none(Service.REPORTING, "GET", "/api/reports/live", READ),
        none(Service.REPORTING, "GET", "/api/audit/verification", AUDIT),
        none(Service.REPORTING, "GET", "/api/audit/events", AUDIT),
        new Endpoint(
            Service.REPORTING,
            "POST",
            "/api/audit/replays",
            AUDIT,
            Scope.NONE,
            JSON,
            b -> Map.of("projection", "no-such-projection")),
        none(Service.REPORTING, "GET", "/api/audit/replays/{replayId}", AUDIT),
        none(Service.REPORTING, "DELETE", "/api/audit/replays/{replayId}", AUDIT));
  }

  private static Endpoint path(Service service, String method, String path, Policy policy) {
    return new Endpoint(service, method, path, policy, Scope.PATH, JSON, null);
  }

  private static Endpoint none(Service service, String method, String path, Policy policy) {
    return new Endpoint(service, method, path, policy, Scope.NONE, JSON, null);
  }

  private static Endpoint campaign(
      String method, String path, Policy policy, Function<String, Map<String, Object>> body) {
    return new Endpoint(Service.WELFARE, method, path, policy, Scope.CAMPAIGN, JSON, body);
  }
}
