package vn.congdoan.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name extractor the metric check relies on: a name it missed would go unchecked. */
class PromQlTest {
  @Test
  void aBareSelector() {
    assertThat(PromQl.metricNames("up == 0")).containsExactly("up");
  }

  @Test
  void functionsAggregationsAndGroupingLabelsAreNotMetrics() {
    assertThat(
            PromQl.metricNames(
                "sum by (application) (rate(http_server_requests_seconds_count{status=~\"5..\"}[5m]))"
                    + " / sum by (application) (rate(http_server_requests_seconds_count[5m])) > 0.05"))
        .containsExactly("http_server_requests_seconds_count");
  }

  @Test
  void histogramQuantileWithGrafanaVariables() {
    assertThat(
            PromQl.metricNames(
                "histogram_quantile(0.99, sum by (le, topic)"
                    + " (rate(reporting_projection_lag_seconds_bucket{application=\"$service\"}"
                    + "[$__rate_interval])))"))
        .containsExactly("reporting_projection_lag_seconds_bucket");
  }

  @Test
  void setOperatorsVectorMatchingAndOffsetsAreKeywords() {
    assertThat(
            PromQl.metricNames(
                "a and on (instance) group_left (version) b offset 5m or c unless d > bool 1e3"))
        .containsExactly("a", "b", "c", "d");
  }

  @Test
  void aggregationClauseAfterItsArgument() {
    assertThat(PromQl.metricNames("sum(jvm_memory_used_bytes{area=\"heap\"}) without (id)"))
        .containsExactly("jvm_memory_used_bytes");
  }

  @Test
  void recordingRuleNamesSubqueriesAndComparisonsInsideMatchers() {
    assertThat(
            PromQl.metricNames(
                "max_over_time(job:requests:rate5m[1h:5m]) > on() group_right x{l=~\"a|b\",m!=\"y\"}"))
        .containsExactly("job:requests:rate5m", "x");
  }

  @Test
  void labelValuesInStringsAreNotNames() {
    assertThat(
            PromQl.metricNames(
                "label_replace(platform_outbox_pending, \"dst\", \"$1\", \"topic\", \"(.*)\")"))
        .containsExactly("platform_outbox_pending");
  }

  @Test
  void grafanaTemplateQueries() {
    assertThat(PromQl.templateMetricNames("label_values(jvm_info, application)"))
        .containsExactly("jvm_info");
    assertThat(PromQl.templateMetricNames("label_values(up{job=\"congdoan\"}, instance)"))
        .containsExactly("up");
    assertThat(PromQl.templateMetricNames("label_values(application)")).isEmpty();
  }
}
