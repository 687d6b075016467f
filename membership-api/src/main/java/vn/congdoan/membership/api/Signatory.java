package vn.congdoan.membership.api;

/** Who signs the year-end report, e.g. "CHỦ TỊCH", "Nguyễn Văn A". */
public record Signatory(String title, String name) {}
