package vn.congdoan.welfare.api;

/** What a campaign disclosure makes public: the receipts, or how they were distributed. */
public enum DisclosureKind {
  RECEIPTS,
  DISTRIBUTION
}
