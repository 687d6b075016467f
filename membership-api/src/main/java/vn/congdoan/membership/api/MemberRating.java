package vn.congdoan.membership.api;

public record MemberRating(MemberId memberId, String rating) {}
