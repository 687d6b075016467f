package vn.congdoan.finance.api;

/**
 * Why a member owes no dues for a month (61/QĐ-TLĐ): drawing social-insurance benefits, or unpaid
 * for a month or more.
 */
public enum DuesWaiver {
  SOCIAL_INSURANCE_BENEFITS,
  UNPAID_MONTH
}
