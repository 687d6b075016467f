package vn.congdoan.membership.api;

import vn.congdoan.platform.api.MemberId;

public record MemberRating(MemberId memberId, String rating) {}
