package vn.congdoan.membership.api;

import java.time.LocalDate;
import vn.congdoan.platform.api.MemberId;

/** One roster line that parsed; {@code line} is its number in the file (the header is line 1). */
public record ImportLine(
    int line,
    MemberId memberId,
    String groupId,
    PersonalData personal,
    Gender gender,
    LocalDate joinedOn,
    Position position,
    boolean honorary) {}
