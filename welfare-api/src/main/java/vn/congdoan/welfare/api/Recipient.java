package vn.congdoan.welfare.api;

import vn.congdoan.platform.api.MemberId;

public record Recipient(MemberId memberId, Relation relation) {}
