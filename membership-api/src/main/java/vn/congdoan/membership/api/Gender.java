package vn.congdoan.membership.api;

public enum Gender {
  MALE,
  FEMALE
}
