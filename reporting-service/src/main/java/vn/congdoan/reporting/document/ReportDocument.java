package vn.congdoan.reporting.document;

import java.util.List;

/**
 * A report as blocks of finished text, written once by {@link YearReportWriter} and walked by each
 * renderer: the renderers decide only how a kind of block looks, never what it says.
 */
public record ReportDocument(List<Block> blocks) {

  public sealed interface Block
      permits Masthead, Title, Heading, Subheading, Paragraph, Item, Closing {}

  /**
   * The heading block of an official document: the issuing union (under its upper union) and the
   * document number on the left; the national name and motto, then place and date, on the right.
   */
  public record Masthead(
      String upperUnion,
      String issuer,
      String reference,
      String nation,
      String motto,
      String placeAndDate)
      implements Block {}

  public record Title(String title, String subtitle) implements Block {}

  /** A roman-numbered section. */
  public record Heading(String text) implements Block {}

  /** A numbered part of a section. */
  public record Subheading(String text) implements Block {}

  /** Body text; italic for what stands in for missing content. */
  public record Paragraph(String text, boolean italic) implements Block {
    public Paragraph(String text) {
      this(text, false);
    }
  }

  /** One line of a list, printed after a dash. */
  public record Item(String text) implements Block {}

  /** Recipients on the left, the signature block on the right. */
  public record Closing(
      String recipientsLabel, List<String> recipients, List<String> signatoryTitle, String name)
      implements Block {}
}
