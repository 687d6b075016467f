package vn.congdoan.finance.command;

/** A year's money in, out and remitted upward, all in VND. */
record YearTotals(long incomeVnd, long expenseVnd, long remittedVnd) {
  long netVnd() {
    return incomeVnd - expenseVnd - remittedVnd;
  }
}
