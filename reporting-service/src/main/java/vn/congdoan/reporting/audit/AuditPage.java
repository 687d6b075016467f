package vn.congdoan.reporting.audit;

import java.util.List;

/** A page of the audit history; {@code next} is the cursor of the following page, or null. */
public record AuditPage(List<AuditEvent> events, String next) {}
