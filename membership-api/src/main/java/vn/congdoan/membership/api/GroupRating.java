package vn.congdoan.membership.api;

public record GroupRating(GroupId groupId, String rating) {}
