package vn.congdoan.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.infra.security.Allowed;
import vn.congdoan.platform.infra.security.Role;
import vn.congdoan.reporting.audit.Replay.ReplayStatus;
import vn.congdoan.reporting.audit.Replays;

/**
 * Rebuilding the read model from the start of the topics, beside the live one, and comparing the
 * two: the proof that the reports follow from the events alone.
 */
@RestController
public class ReplayController {
  private final Replays replays;

  public ReplayController(Replays replays) {
    this.replays = replays;
  }

  /**
   * Accepted, not done: a replay of the whole history takes minutes. Without a body, or without a
   * projection in it, every projection and the audit trail are rebuilt.
   */
  @Operation(summary = "Start rebuilding projections from the event topics and comparing them")
  @Allowed(anyBranch = {Role.AUDITOR, Role.ADMIN})
  @PostMapping("/api/audit/replays")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public Started start(@RequestBody(required = false) StartReplay request) {
    return new Started(replays.start(request == null ? null : request.projection()).id());
  }

  @Operation(summary = "Get a replay's progress and its comparison with the live projections")
  @Allowed(anyBranch = {Role.AUDITOR, Role.ADMIN})
  @GetMapping("/api/audit/replays/{replayId}")
  public ReplayStatus status(@PathVariable String replayId) {
    return replays.status(replayId);
  }

  /** Accepted: the replay stops before its next batch, and its scratch database goes after. */
  @Operation(summary = "Cancel a running replay")
  @Allowed(anyBranch = {Role.AUDITOR, Role.ADMIN})
  @DeleteMapping("/api/audit/replays/{replayId}")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public ReplayStatus cancel(@PathVariable String replayId) {
    return replays.cancel(replayId);
  }

  /** What to replay: one projection by name, or all of them when absent. */
  public record StartReplay(String projection) {}

  /** Where to follow a replay just started. */
  public record Started(String replayId) {}
}
