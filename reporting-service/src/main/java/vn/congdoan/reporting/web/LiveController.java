package vn.congdoan.reporting.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import vn.congdoan.platform.infra.security.BranchAccess;
import vn.congdoan.platform.infra.security.BranchRead;
import vn.congdoan.platform.infra.security.CurrentUser;
import vn.congdoan.reporting.live.LiveUpdates;

/**
 * {@code text/event-stream} of figure changes for the dashboards: {@code ready} once, then {@code
 * changed} with the branches whose figures moved. A branch officer hears only of their own branch.
 */
@RestController
public class LiveController {
  private final LiveUpdates live;
  private final BranchAccess access;

  public LiveController(LiveUpdates live, BranchAccess access) {
    this.live = live;
    this.access = access;
  }

  @Operation(summary = "Stream the branches whose figures changed, as server-sent events")
  @BranchRead
  @GetMapping(path = "/api/reports/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  public SseEmitter live() {
    return live.subscribe(access.readableBranch(), CurrentUser.nameOr("anonymous"));
  }
}
