package vn.congdoan.platform.infra.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when the test moves it, so expiries and terms can be crossed at will. */
public final class HandClock extends Clock {
  private volatile Instant now;

  public HandClock(Instant start) {
    now = start;
  }

  public void set(Instant time) {
    now = time;
  }

  public void pass(Duration time) {
    now = now.plus(time);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
