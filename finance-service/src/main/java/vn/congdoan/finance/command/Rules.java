package vn.congdoan.finance.command;

/** The rule table as it stands now, for handlers that apply it. */
public interface Rules {
  RuleTable current();
}
