package vn.congdoan.welfare.api;

public record Recipient(String memberId, Relation relation) {}
