package vn.congdoan.membership.api;

import java.time.LocalDate;
import vn.congdoan.platform.api.MemberId;

/**
 * One roster line that parsed; {@code line} is its number in the file (the header is line 1). Its
 * {@code groupId} is the group as the file names it, by id or by name, until the branch resolves
 * it.
 */
public record ImportLine(
    int line,
    MemberId memberId,
    String groupId,
    PersonalData personal,
    Gender gender,
    LocalDate joinedOn,
    Position position,
    boolean honorary) {}
