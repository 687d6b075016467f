package vn.congdoan.welfare.api;

/** Who received a grant, relative to the member it was given through. */
public enum Relation {
  SELF,
  PARENT,
  CHILD,
  SPOUSE
}
