package vn.congdoan.reporting.ingest;

import vn.congdoan.platform.api.EventEnvelope;

/** An envelope as it arrived, with the topic it came from (a metric tag). */
public record Delivery(String topic, EventEnvelope envelope) {}
