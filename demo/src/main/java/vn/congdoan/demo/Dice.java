package vn.congdoan.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** A seeded random source with the few draws the generator needs; same seed, same draws. */
final class Dice {
  private final Random random;

  Dice(long seed) {
    this.random = new Random(seed);
  }

  int between(int from, int to) {
    return from + random.nextInt(to - from + 1);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** A whole number of {@code step} VND between {@code from} and {@code to}. */
  long vnd(long from, long to, long step) {
    return (from / step + random.nextInt((int) ((to - from) / step) + 1)) * step;
  }

  /** A day in {@code year} from the first of {@code fromMonth} to the 28th of {@code toMonth}. */
  LocalDate day(int year, int fromMonth, int toMonth) {
    return LocalDate.of(year, between(fromMonth, toMonth), between(1, 28));
  }
}
