package vn.congdoan.membership.web.roster;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.congdoan.membership.api.Gender;
import vn.congdoan.membership.api.ImportLine;
import vn.congdoan.membership.api.ImportResult.Rejection;
import vn.congdoan.membership.api.PersonalData;
import vn.congdoan.membership.api.Position;
import vn.congdoan.membership.web.roster.RosterFile.BadRosterException;
import vn.congdoan.membership.web.roster.RosterFile.Parsed;
import vn.congdoan.platform.api.MemberId;

class RosterFileTest {
  static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  static final String HEADER = "memberId,fullName,gender,dateOfBirth,groupId,joinedOn,position\n";

  static Parsed parse(String csv) {
    return parse(csv.getBytes(UTF_8));
  }

  static Parsed parse(byte[] file) {
    return new RosterFile(TODAY, Locale.ENGLISH, line -> "new-" + line).parse(file);
  }

  static List<Rejection> rejected(String lines) {
    return parse(HEADER + lines).rejected();
  }

  @Test
  void aGoodLineBecomesAnImportLineWithExactDiacritics() {
    Parsed parsed =
        parse(HEADER + "m-nhung,Nguyễn Thị Hồng Nhung,Nữ,05/03/1990,to-1,2015-09-01,Tổ trưởng\n");

    assertThat(parsed.rejected()).isEmpty();
    assertThat(parsed.lines())
        .containsExactly(
            new ImportLine(
                2,
                new MemberId("m-nhung"),
                "to-1",
                new PersonalData("Nguyễn Thị Hồng Nhung", LocalDate.of(1990, 3, 5), null, null),
                Gender.FEMALE,
                LocalDate.of(2015, 9, 1),
                Position.GROUP_LEADER,
                false));
  }

  @Test
  void decomposedNamesComeOutComposed() {
    String decomposed = Normalizer.normalize("Đặng Văn Ưng", Normalizer.Form.NFD);
    Parsed parsed = parse(HEADER + "m-ung,  " + decomposed + " ,Nam,1975-12-31,to-1,2000-01-01,\n");

    assertThat(parsed.lines().get(0).personal().fullName()).isEqualTo("Đặng Văn Ưng");
  }

  @Test
  void aByteOrderMarkChangesNothing() {
    String csv = HEADER + "m-ung,Đặng Văn Ưng,MALE,1975-12-31,to-1,2000-01-01,CHAIR\n";
    byte[] plain = csv.getBytes(UTF_8);
    byte[] withBom = new byte[plain.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(plain, 0, withBom, 3, plain.length);

    assertThat(parse(withBom)).isEqualTo(parse(plain));
    assertThat(parse(withBom).lines()).hasSize(1);
  }

  @Test
  void columnsAreFoundByNameInAnyOrderAndCase() {
    Parsed parsed =
        parse(
            "STT,POSITION,groupid,FullName,MemberId,Gender,DateOfBirth,JoinedOn,Phone,Email,Honorary\n"
                + "1,Uỷ viên Uỷ ban Kiểm tra,to-2,Trần Văn An,m-an,male,1980-01-02,2001-02-03,"
                + "0912345678,an@vd.vn,Có\n");

    ImportLine line = parsed.lines().get(0);
    assertThat(line.memberId()).isEqualTo(new MemberId("m-an"));
    assertThat(line.position()).isEqualTo(Position.INSPECTION_COMMITTEE);
    assertThat(line.personal())
        .isEqualTo(
            new PersonalData("Trần Văn An", LocalDate.of(1980, 1, 2), "0912345678", "an@vd.vn"));
    assertThat(line.honorary()).isTrue();
  }

  @Test
  void quotedFieldsKeepTheirCommasAndLaterLineNumbersStayRight() {
    Parsed parsed =
        parse(
            HEADER
                + "m-a,\"Lê, Thị\nHoa\",FEMALE,1990-01-01,to-1,2010-01-01,\n"
                + "\n"
                + "m-b,Phạm Văn Bình,ALIEN,1990-01-01,to-1,2010-01-01,\n"
                + "m-c,\"Lê, Thị Hoa\",FEMALE,1990-01-01,to-1,2010-01-01,\n");

    assertThat(parsed.lines()).hasSize(1);
    assertThat(parsed.lines().get(0).personal().fullName()).isEqualTo("Lê, Thị Hoa");
    assertThat(parsed.lines().get(0).line()).isEqualTo(6);
    // A line break inside a name is the file's mistake, not a name: that line is reported.
    assertThat(parsed.rejected())
        .containsExactly(
            new Rejection(
                2,
                "fullName contains a control character (U+000A) at 8; line breaks and tabs belong"
                    + " only in longer texts"),
            new Rejection(5, "unknown gender 'ALIEN' (MALE, FEMALE)"));
  }

  @Test
  void textThatCannotBeKeptFaithfullyIsReportedAndDatesAreBounded() {
    assertThat(
            rejected(
                "m-1,Mộ\u0000t,MALE,1990-01-01,to-1,2010-01-01,\n"
                    + "m-2,Hai,MALE,1990-01-01,to-1,+10000-01-01,\n"
                    + "m-3,Ba,MALE,1899-12-31,to-1,2010-01-01,\n"))
        .extracting(Rejection::line)
        .containsExactly(2, 3, 4);
  }

  @Test
  void eachBadLineIsReportedOnceWithItsLineNumber() {
    assertThat(
            rejected(
                "m-1,Một,MALE,1990-01-01,to-1,2010-01-01,\n"
                    + ",Hai,MALE,1990-01-01,to-1,2010-01-01,\n"
                    + "M 3,Ba,MALE,1990-01-01,to-1,2010-01-01,\n"
                    + "m-4, ,MALE,1990-01-01,to-1,2010-01-01,\n"
                    + "m-5,"
                    + "x".repeat(201)
                    + ",MALE,1990-01-01,to-1,2010-01-01,\n"
                    + "m-6,Sáu,X,1990-01-01,to-1,2010-01-01,\n"
                    + "m-7,Bảy,MALE,1990-13-01,to-1,2010-01-01,\n"
                    + "m-8,Tám,MALE,2025-06-01,to-1,2010-01-01,\n"
                    + "m-9,Chín,MALE,1990-01-01,,2010-01-01,\n"
                    + "m-10,Mười,MALE,1990-01-01,Tổ 1,31/02/2010,\n"
                    + "m-11,Mười một,MALE,1990-01-01,to-1,2010-01-01,Giám đốc\n"
                    + "m-1,Một lần nữa,MALE,1990-01-01,to-1,2010-01-01,\n"
                    + "m-13,Mười ba,MALE,1990-01-01,to-1\n"))
        .containsExactly(
            new Rejection(4, "bad memberId 'M 3': must match [a-z0-9][a-z0-9-]{1,63}"),
            new Rejection(5, "fullName missing"),
            new Rejection(6, "fullName longer than 200 characters"),
            new Rejection(7, "unknown gender 'X' (MALE, FEMALE)"),
            new Rejection(8, "bad date '1990-13-01' in dateOfBirth"),
            new Rejection(9, "dateOfBirth must be in the past"),
            new Rejection(10, "groupId missing"),
            new Rejection(11, "bad date '31/02/2010' in joinedOn"),
            new Rejection(
                12,
                "unknown position 'Giám đốc' (CHAIR, VICE_CHAIR, EXECUTIVE_COMMITTEE,"
                    + " INSPECTION_COMMITTEE, GROUP_LEADER, Chủ tịch, Phó Chủ tịch,"
                    + " Ủy viên Ban Chấp hành, Ủy viên Ủy ban Kiểm tra, Tổ trưởng)"),
            new Rejection(13, "duplicate member id m-1 (also on line 2)"),
            new Rejection(14, "expected 7 fields, found 5"));
  }

  @Test
  void honoraryAcceptsVietnameseYesAndNo() {
    String header = HEADER.strip() + ",honorary\n";
    Parsed parsed =
        parse(
            header
                + "m-1,Một,MALE,1990-01-01,to-1,2010-01-01,,KHÔNG\n"
                + "m-2,Hai,MALE,1990-01-01,to-1,2010-01-01,,true\n"
                + "m-3,Ba,MALE,1990-01-01,to-1,2010-01-01,,maybe\n");

    assertThat(parsed.lines()).extracting(ImportLine::honorary).containsExactly(false, true);
    assertThat(parsed.rejected())
        .containsExactly(new Rejection(4, "bad honorary 'maybe' (true, false, có, không)"));
  }

  @Test
  void aHeaderOnlyFileHasNoLines() {
    assertThat(parse(HEADER)).isEqualTo(new Parsed(List.of(), List.of()));
    assertThat(parse(HEADER.strip())).isEqualTo(new Parsed(List.of(), List.of()));
  }

  @Test
  void missingColumnsRefuseTheWholeFileNamingThem() {
    assertThatThrownBy(() -> parse("memberId,fullName,gender,groupId,position\nm-1,A,MALE,to,\n"))
        .isInstanceOf(BadRosterException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The header lacks the column(s) dateOfBirth, joinedOn;");
    assertThatThrownBy(() -> parse("")).isInstanceOf(BadRosterException.class);
  }

  @Test
  void aColumnNamedTwiceRefusesTheFile() {
    assertThatThrownBy(() -> parse(HEADER.strip() + ",MEMBERID\n"))
        .isInstanceOf(BadRosterException.class)
        .hasMessage("The header names the column MEMBERID twice");
  }

  @Test
  void textThatIsNotUtf8RefusesTheFileNamingTheLine() {
    byte[] windows1258 =
        (HEADER + "m-1,Nguy\u00ean,MALE,1990-01-01,to,2010-01-01,\n")
            .getBytes(java.nio.charset.Charset.forName("windows-1258"));

    assertThatThrownBy(() -> parse(windows1258))
        .isInstanceOf(BadRosterException.class)
        .hasMessage("The file is not UTF-8 text (line 2); save it as \"CSV UTF-8\"");
  }

  @Test
  void brokenQuotingRefusesTheFile() {
    assertThatThrownBy(() -> parse(HEADER + "m-1,\"Nguyễn,MALE,1990-01-01,to,2010-01-01,\n"))
        .isInstanceOf(BadRosterException.class)
        .hasMessageStartingWith("The file is not valid CSV");
  }

  @Test
  void fiveThousandLinesParse() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 5_000; i++) {
      csv.append("m-").append(i).append(",Nguyễn Văn Số ").append(i);
      csv.append(",Nam,01/02/1980,to-").append(i % 20).append(",2010-01-01,\n");
    }
    Parsed parsed = parse(csv.toString());

    assertThat(parsed.rejected()).isEmpty();
    assertThat(parsed.lines()).hasSize(5_000);
    assertThat(parsed.lines().get(4_999).line()).isEqualTo(5_001);
  }
}
