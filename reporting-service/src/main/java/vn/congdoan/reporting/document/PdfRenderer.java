package vn.congdoan.reporting.document;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.congdoan.reporting.document.ReportDocument.Block;
import vn.congdoan.reporting.document.ReportDocument.Closing;
import vn.congdoan.reporting.document.ReportDocument.Heading;
import vn.congdoan.reporting.document.ReportDocument.Item;
import vn.congdoan.reporting.document.ReportDocument.Masthead;
import vn.congdoan.reporting.document.ReportDocument.Paragraph;
import vn.congdoan.reporting.document.ReportDocument.Subheading;
import vn.congdoan.reporting.document.ReportDocument.Title;

/**
 * The report as PDF, A4 with the margins of Nghị định 30/2020. The DejaVu Serif fonts are embedded
 * (as subsets): a PDF viewer without a Vietnamese font would otherwise lose the diacritics.
 */
public final class PdfRenderer {
  private static final float POINTS_PER_CM = 28.35f;

  /** DejaVu Serif runs wider than Times New Roman: 12.5 pt fills a line as 13 pt Times does. */
  private static final float SIZE = 12.5f;

  private static final float LEADING = 1.3f;
  private static final float[] COLUMNS = {37, 63};

  private final BaseFont regular = font("DejaVuSerif.ttf");
  private final BaseFont bold = font("DejaVuSerif-Bold.ttf");
  private final BaseFont italic = font("DejaVuSerif-Italic.ttf");

  public byte[] render(ReportDocument report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document pdf =
        new Document(
            PageSize.A4,
            3 * POINTS_PER_CM,
            2 * POINTS_PER_CM,
            2 * POINTS_PER_CM,
            2 * POINTS_PER_CM);
    PdfWriter.getInstance(pdf, out);
    pdf.open();
    for (Block block : report.blocks()) {
      pdf.add(element(block));
    }
    pdf.close();
    return out.toByteArray();
  }

  private Element element(Block block) {
    if (block instanceof Masthead m) {
      PdfPCell left = cell();
      left.addElement(centred(m.upperUnion(), new Font(regular, 11)));
      left.addElement(centred(m.issuer(), new Font(bold, 11)));
      left.addElement(centred(m.reference(), new Font(regular, 11)));
      PdfPCell right = cell();
      right.addElement(centred(m.nation(), new Font(bold, 10.5f)));
      right.addElement(centred(m.motto(), new Font(bold, 12)));
      right.addElement(centred(m.placeAndDate(), new Font(italic, 11.5f)));
      return table(left, right, 18);
    }
    if (block instanceof Title t) {
      var title = centred(t.title(), new Font(bold, SIZE + 1));
      title.add("\n" + t.subtitle());
      title.setSpacingAfter(12);
      return title;
    }
    if (block instanceof Heading h) {
      var heading = body(h.text(), new Font(bold, SIZE), 0);
      heading.setSpacingBefore(6);
      return heading;
    }
    if (block instanceof Subheading h) {
      var heading = body(h.text(), new Font(bold, SIZE), POINTS_PER_CM);
      heading.setSpacingBefore(3);
      return heading;
    }
    if (block instanceof Paragraph p) {
      return body(p.text(), new Font(p.italic() ? italic : regular, SIZE), POINTS_PER_CM);
    }
    if (block instanceof Item i) {
      return body("- " + i.text(), new Font(regular, SIZE), POINTS_PER_CM);
    }
    Closing c = (Closing) block;
    PdfPCell left = cell();
    left.addElement(new com.lowagie.text.Paragraph(c.recipientsLabel(), new Font(bold, 12)));
    c.recipients()
        .forEach(r -> left.addElement(new com.lowagie.text.Paragraph(r, new Font(regular, 11))));
    PdfPCell right = cell();
    c.signatoryTitle().forEach(l -> right.addElement(centred(l, new Font(bold, SIZE))));
    // Room for the signature and the seal.
    var name = centred(c.name(), new Font(bold, SIZE));
    name.setSpacingBefore(4 * SIZE);
    right.addElement(name);
    return table(left, right, 12);
  }

  private static com.lowagie.text.Paragraph body(String text, Font font, float indent) {
    var p = new com.lowagie.text.Paragraph(text, font);
    p.setAlignment(Element.ALIGN_JUSTIFIED);
    p.setFirstLineIndent(indent);
    p.setMultipliedLeading(LEADING);
    p.setSpacingAfter(4);
    return p;
  }

  private static com.lowagie.text.Paragraph centred(String text, Font font) {
    var p = new com.lowagie.text.Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    return p;
  }

  private static PdfPCell cell() {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    return cell;
  }

  private static PdfPTable table(PdfPCell left, PdfPCell right, float spacing) {
    PdfPTable table = new PdfPTable(COLUMNS);
    table.setWidthPercentage(100);
    table.setSpacingBefore(spacing);
    table.setSpacingAfter(spacing);
    table.addCell(left);
    table.addCell(right);
    return table;
  }

  private static BaseFont font(String file) {
    try (InputStream in = PdfRenderer.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Font " + file + " is not on the class path");
      }
      return BaseFont.createFont(
          file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException("Font " + file + " cannot be embedded", e);
    }
  }
}
