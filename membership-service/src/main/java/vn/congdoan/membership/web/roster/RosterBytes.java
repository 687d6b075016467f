package vn.congdoan.membership.web.roster;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.congdoan.membership.web.roster.RosterFile.BadRosterException;

/**
 * A roster file's text. Only UTF-8 is read, with or without the byte order mark Excel's "CSV UTF-8"
 * writes: other encodings (Windows-1258 is common) are refused, not guessed, so that names never
 * come out garbled.
 */
final class RosterBytes {
  private RosterBytes() {}

  static String decode(byte[] bytes, RosterMessages say) {
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xff) == 0xef
            && (bytes[1] & 0xff) == 0xbb
            && (bytes[2] & 0xff) == 0xbf;
    ByteBuffer in = ByteBuffer.wrap(bytes);
    in.position(bom ? 3 : 0);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out = CharBuffer.allocate(in.remaining());
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int line = 1;
      for (int i = 0; i < in.position(); i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new BadRosterException(say.say("not-utf8", String.valueOf(line)));
    }
    return out.flip().toString();
  }
}
