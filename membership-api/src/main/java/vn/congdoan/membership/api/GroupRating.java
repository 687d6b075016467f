package vn.congdoan.membership.api;

public record GroupRating(String groupId, String rating) {}
