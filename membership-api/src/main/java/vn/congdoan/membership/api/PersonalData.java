package vn.congdoan.membership.api;

import java.time.LocalDate;

/**
 * A member's personal data in the clear. It lives only in commands and reads; events carry it
 * sealed ({@link SealedPersonalData}). Fields other than the name may be null.
 */
public record PersonalData(String fullName, LocalDate dateOfBirth, String phone, String email) {}
