package vn.congdoan.membership.web.roster;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.congdoan.membership.api.Position;

/** The Vietnamese names of union offices, as rosters write them and reports print them. */
public final class PositionLabels {
  public static final Map<Position, String> LABELS;
  private static final Map<String, Position> BY_FOLDED = new HashMap<>();

  static {
    Map<Position, String> labels = new EnumMap<>(Position.class);
    labels.put(Position.CHAIR, "Chủ tịch");
    labels.put(Position.VICE_CHAIR, "Phó Chủ tịch");
    labels.put(Position.EXECUTIVE_COMMITTEE, "Ủy viên Ban Chấp hành");
    labels.put(Position.INSPECTION_COMMITTEE, "Ủy viên Ủy ban Kiểm tra");
    labels.put(Position.GROUP_LEADER, "Tổ trưởng");
    LABELS = Collections.unmodifiableMap(labels);
    labels.forEach(
        (position, label) -> {
          BY_FOLDED.put(fold(label), position);
          BY_FOLDED.put(fold(position.name()), position);
        });
  }

  private PositionLabels() {}

  public static String label(Position position) {
    return LABELS.get(position);
  }

  /** Reads an enum name ({@code CHAIR}) or a Vietnamese label, in any case or spelling variant. */
  public static Optional<Position> parse(String text) {
    return Optional.ofNullable(BY_FOLDED.get(fold(text)));
  }

  private static String fold(String text) {
    return RosterColumn.fold(text);
  }
}
