package vn.congdoan.welfare.api;

/** What a welfare grant was for (docs/domain.md). */
public enum GrantKind {
  SICKNESS_VISIT,
  BEREAVEMENT,
  WEDDING,
  HARDSHIP,
  BIRTHDAY,
  WOMENS_DAY_MAR8,
  WOMENS_DAY_OCT20,
  CHILDRENS_DAY,
  MID_AUTUMN,
  OLDER_PERSONS_DAY,
  TEACHERS_DAY,
  FOUNDING_DAY,
  TET,
  VACATION,
  OTHER
}
