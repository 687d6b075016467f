package vn.congdoan.membership.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.congdoan.platform.api.BranchId;

/**
 * A branch's roster: {@code count} every member the read found, {@code members} the page asked for
 * (all of them without a size).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Roster(
    BranchId branchId, int count, List<RosterEntry> members, Integer page, Integer size) {}
