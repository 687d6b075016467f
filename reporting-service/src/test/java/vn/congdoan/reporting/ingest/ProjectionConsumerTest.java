package vn.congdoan.reporting.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.congdoan.platform.api.Topics;
import vn.congdoan.reporting.query.EventMother;
import vn.congdoan.reporting.query.ReadModelTestBase;
import vn.congdoan.reporting.query.TestReadModel;

/** The listener method on hand-made records: no broker involved. */
class ProjectionConsumerTest extends ReadModelTestBase {
  private static final String BRANCH = "vp-doan-dbqh";
  private static final TopicPartition PARTITION = new TopicPartition(Topics.MEMBERSHIP, 0);

  private final MockConsumer<String, String> kafka =
      new MockConsumer<>(OffsetResetStrategy.EARLIEST);
  private ProjectionConsumer consumer;

  @BeforeEach
  void startConsumer() {
    consumer = new ProjectionConsumer(model.decoder, model.applier, model.metrics, batch -> {});
    kafka.assign(List.of(PARTITION));
    kafka.updateBeginningOffsets(Map.of(PARTITION, 0L));
  }

  private static ConsumerRecord<String, String> record(long offset, String value) {
    return new ConsumerRecord<>(Topics.MEMBERSHIP, 0, offset, BRANCH, value);
  }

  private void readUpTo(long position, long end) {
    kafka.updateEndOffsets(Map.of(PARTITION, end));
    kafka.seek(PARTITION, position);
  }

  @Test
  void unreadableRecordsAreSkippedAndCountedAndTheRestIsApplied() {
    Delivery registered =
        events.branchRegistered(BRANCH, "Công đoàn Văn phòng Đoàn ĐBQH và HĐND tỉnh");
    Delivery group = events.groupAdded(BRANCH, "to-1", "Tổ công đoàn số 1");
    readUpTo(4, 4);

    consumer.onBatch(
        List.of(
            record(0, EventMother.json(registered)),
            record(1, "{\"eventId\": \"cắt ngang"),
            record(2, null),
            record(3, EventMother.json(group))),
        kafka);

    assertThat(model.skipped("poison")).isEqualTo(2);
    assertThat(model.year(BRANCH, 2024).members().groups()).isEqualTo(1);
  }

  @Test
  void whileBehindTheLagGaugeShowsTheAgeOfTheLastAppliedEvent() {
    Delivery registered = events.branchRegistered(BRANCH, "Công đoàn Sở Giáo dục và Đào tạo");
    readUpTo(1, 50);

    consumer.onBatch(List.of(record(0, EventMother.json(registered))), kafka);

    double expected =
        Duration.between(registered.envelope().timestamp(), TestReadModel.NOW).toSeconds();
    assertThat(lagGauge()).isEqualTo(expected);
    assertThat(
            model
                .registry
                .find(ProjectionMetrics.LAG)
                .tag("projection", "branches")
                .timer()
                .count())
        .isEqualTo(1);
  }

  @Test
  void onceCaughtUpTheLagGaugeIsZero() {
    Delivery registered = events.branchRegistered(BRANCH, "Công đoàn Sở Giáo dục và Đào tạo");
    readUpTo(1, 1);

    consumer.onBatch(List.of(record(0, EventMother.json(registered))), kafka);

    assertThat(lagGauge()).isZero();
  }

  private double lagGauge() {
    return model
        .registry
        .find(ProjectionMetrics.LAG_GAUGE)
        .tag("topic", Topics.MEMBERSHIP)
        .gauge()
        .value();
  }
}
