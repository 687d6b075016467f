package vn.congdoan.reporting.web;

import java.time.Clock;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.congdoan.platform.infra.security.BranchAccess;
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
  private final BranchAccess access;
  private final Clock clock;

  public ReplayController(Replays replays, BranchAccess access, Clock clock) {
    this.replays = replays;
    this.access = access;
    this.clock = clock;
  }

  /** Accepted, not done: a replay of the whole history takes minutes. The body is ignored. */
  @PostMapping("/api/audit/replays")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public Started start() {
    access.requireRole(Role.AUDITOR, Role.ADMIN);
    return new Started(replays.start().id());
  }

  @GetMapping("/api/audit/replays/{replayId}")
  public ReplayStatus status(@PathVariable String replayId) {
    access.requireRole(Role.AUDITOR, Role.ADMIN);
    return replays.get(replayId).status(clock);
  }

  /** Where to follow a replay just started. */
  public record Started(String replayId) {}
}
