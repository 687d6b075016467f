package vn.congdoan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LagBucketsTest {
  /** Two tagged series, as Micrometer publishes one timer per projection and topic. */
  private static String exposition(long[] members, long[] branches) {
    String[] le = {"0.1", "0.5", "1.0", "+Inf"};
    var text = new StringBuilder("# HELP reporting_projection_lag_seconds lag\n");
    text.append("# TYPE reporting_projection_lag_seconds histogram\n");
    for (int i = 0; i < le.length; i++) {
      text.append(
          "reporting_projection_lag_seconds_bucket{projection=\"members\",topic=\"a,b}\",le=\"%s\"} %d.0\n"
              .formatted(le[i], members[i]));
      text.append(
          "reporting_projection_lag_seconds_bucket{le=\"%s\",projection=\"branches\",topic=\"m\"} %d\n"
              .formatted(le[i], branches[i]));
    }
    text.append("reporting_projection_lag_seconds{projection=\"members\",quantile=\"0.99\"} 7.0\n");
    text.append("reporting_projection_lag_seconds_count{projection=\"members\"} 99\n");
    return text.toString();
  }

  @Test
  void sumsBucketsAcrossTagsAndIgnoresOtherSeries() {
    var buckets =
        LagBuckets.parse(exposition(new long[] {1, 2, 3, 4}, new long[] {10, 20, 30, 40}));
    assertThat(buckets.count()).isEqualTo(44);
  }

  @Test
  void theRunIsTheDifferenceBetweenTwoScrapes() {
    var before = LagBuckets.parse(exposition(new long[] {5, 5, 5, 5}, new long[] {0, 0, 0, 0}));
    var after =
        LagBuckets.parse(exposition(new long[] {55, 95, 105, 105}, new long[] {0, 0, 0, 0}));
    var run = after.since(before);
    assertThat(run.count()).isEqualTo(100);
    // rank 50 of 100 falls in (0, 0.1] holding 50: its upper edge
    assertThat(run.quantile(0.5).seconds()).isCloseTo(0.1, within(1e-9));
    // rank 99 in (0.5, 1.0] holding 10 from 90: 0.5 + 0.5 * 9/10
    assertThat(run.quantile(0.99).seconds()).isCloseTo(0.95, within(1e-9));
    assertThat(run.quantile(0.99).beyondLastBucket()).isFalse();
  }

  @Test
  void interpolatesInsideTheBucket() {
    var run = LagBuckets.parse(exposition(new long[] {0, 100, 100, 100}, new long[] {0, 0, 0, 0}));
    // all 100 in (0.1, 0.5]: the median lies halfway in, 0.1 + 0.4 * 0.5
    assertThat(run.quantile(0.5).seconds()).isCloseTo(0.3, within(1e-9));
  }

  @Test
  void aQuantileInTheOverflowBucketIsOnlyALowerBound() {
    var run = LagBuckets.parse(exposition(new long[] {0, 0, 10, 100}, new long[] {0, 0, 0, 0}));
    var p99 = run.quantile(0.99);
    assertThat(p99.beyondLastBucket()).isTrue();
    assertThat(p99.seconds()).isEqualTo(1.0);
  }

  @Test
  void aSeriesAbsentAtTheStartHadCountedNothing() {
    var run =
        LagBuckets.parse(exposition(new long[] {1, 2, 3, 4}, new long[] {0, 0, 0, 0}))
            .since(LagBuckets.parse("# nothing yet\n"));
    assertThat(run.count()).isEqualTo(4);
  }

  @Test
  void aRestartedServiceIsNotPassedOffAsARun() {
    var before = LagBuckets.parse(exposition(new long[] {9, 9, 9, 9}, new long[] {0, 0, 0, 0}));
    var after = LagBuckets.parse(exposition(new long[] {1, 1, 1, 1}, new long[] {0, 0, 0, 0}));
    assertThatThrownBy(() -> after.since(before)).hasMessageContaining("backwards");
  }

  @Test
  void anEmptyHistogramHasNoQuantile() {
    assertThat(LagBuckets.parse("").quantile(0.99).seconds()).isNaN();
  }
}
