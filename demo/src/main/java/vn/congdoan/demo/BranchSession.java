package vn.congdoan.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * One branch's writes as its officer would send them. Every write names its step; the step and the
 * branch make the Idempotency-Key ({@code demo:<branch>:<step>}), so a second run, or one resumed
 * after a crash, replays what was recorded instead of recording it again.
 */
final class BranchSession {
  final DemoClient client;
  final String branchId;
  private final String officer;

  BranchSession(DemoClient client, String branchId) {
    this.client = client;
    this.branchId = branchId;
    this.officer = client.officer(branchId);
  }

  private String key(String step) {
    return "demo:" + branchId + ":" + step;
  }

  private String branchPath(String base, String path) {
    return base + "/api/branches/" + branchId + path;
  }

  JsonNode membership(String step, String path, Object body) {
    return client.api.write(
        "POST", branchPath(client.services.membershipUrl(), path), officer, key(step), body);
  }

  JsonNode welfare(String step, String path, Object body) {
    return client.api.write(
        "POST", branchPath(client.services.welfareUrl(), path), officer, key(step), body);
  }

  JsonNode finance(String step, String path, Object body) {
    return client.api.write(
        "POST", branchPath(client.services.financeUrl(), path), officer, key(step), body);
  }

  JsonNode put(String service, String step, String path, Object body) {
    return client.api.write("PUT", branchPath(service, path), officer, key(step), body);
  }

  /** The branch's roster CSV through the import endpoint. */
  JsonNode importRoster(String step, String csv) {
    return client.api.write(
        "POST",
        branchPath(client.services.membershipUrl(), "/members/import"),
        officer,
        key(step),
        "text/csv; charset=utf-8",
        csv);
  }

  /** A contribution of the branch (or one of its members) to a campaign. */
  JsonNode contribute(String step, String campaignId, Object body) {
    return client.api.write(
        "POST",
        client.services.welfareUrl() + "/api/campaigns/" + campaignId + "/contributions",
        officer,
        key(step),
        body);
  }

  /** What federation staff do to this branch (registering, dissolving, approving its budget). */
  JsonNode staff(String service, String step, String path, Object body) {
    return client.api.write("POST", branchPath(service, path), client.staff(), key(step), body);
  }

  /** Reads {@code path} of {@code service} until {@code done} holds; fails after {@code limit}. */
  JsonNode await(
      String service, String path, Duration limit, Predicate<JsonNode> done, String what) {
    long deadline = System.nanoTime() + limit.toNanos();
    JsonNode last = null;
    while (System.nanoTime() < deadline) {
      last = client.api.get(branchPath(service, path), officer).orElse(null);
      if (last != null && done.test(last)) {
        return last;
      }
      Api.sleep(250);
    }
    throw new DemoException(
        "Branch " + branchId + ": " + what + " not seen within " + limit + "; last: " + last);
  }

  /** Waits until welfare-service's member view counts {@code count} members on {@code on}. */
  void awaitWelfareMembers(String on, int count) {
    await(
        client.services.welfareUrl(),
        "/welfare/members?on=" + on,
        Duration.ofSeconds(90),
        v -> v.path("members").size() >= count,
        count + " members in welfare's view on " + on);
  }
}
