package vn.congdoan.reporting.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.congdoan.reporting.document.ReportDocument.Block;
import vn.congdoan.reporting.document.ReportDocument.Closing;
import vn.congdoan.reporting.document.ReportDocument.Heading;
import vn.congdoan.reporting.document.ReportDocument.Item;
import vn.congdoan.reporting.document.ReportDocument.Masthead;
import vn.congdoan.reporting.document.ReportDocument.Paragraph;
import vn.congdoan.reporting.document.ReportDocument.Subheading;
import vn.congdoan.reporting.document.ReportDocument.Title;

/**
 * The report as Word (.docx): A4, the margins of Nghị định 30/2020 (top and bottom 2 cm, left 3 cm,
 * right 2 cm), Times New Roman 13 pt, the font Vietnamese official documents are set in.
 */
public final class DocxRenderer {
  static final String FONT = "Times New Roman";
  private static final int SIZE = 13;
  private static final int TWIPS_PER_CM = 567;
  private static final int FIRST_LINE_INDENT = TWIPS_PER_CM;

  public byte[] render(ReportDocument document) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      pageSetup(doc);
      for (Block block : document.blocks()) {
        add(doc, block);
      }
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void add(XWPFDocument doc, Block block) {
    if (block instanceof Masthead m) {
      XWPFTable table = twoColumns(doc);
      XWPFTableCell left = table.getRow(0).getCell(0);
      XWPFTableCell right = table.getRow(0).getCell(1);
      line(left, m.upperUnion(), false, false, SIZE - 1);
      line(left, m.issuer(), true, false, SIZE - 1);
      line(left, m.reference(), false, false, SIZE);
      // 12 pt keeps the national name on one line, as the official form has it.
      line(right, m.nation(), true, false, SIZE - 1);
      line(right, m.motto(), true, false, SIZE);
      line(right, m.placeAndDate(), false, true, SIZE);
    } else if (block instanceof Title t) {
      run(centred(doc), t.title(), true, false, SIZE + 1);
      run(centred(doc), t.subtitle(), true, false, SIZE + 1);
    } else if (block instanceof Heading h) {
      run(body(doc, false), h.text(), true, false, SIZE);
    } else if (block instanceof Subheading h) {
      run(body(doc, true), h.text(), true, false, SIZE);
    } else if (block instanceof Paragraph p) {
      run(body(doc, true), p.text(), false, p.italic(), SIZE);
    } else if (block instanceof Item i) {
      run(body(doc, true), "- " + i.text(), false, false, SIZE);
    } else if (block instanceof Closing c) {
      XWPFTable table = twoColumns(doc);
      XWPFTableCell left = table.getRow(0).getCell(0);
      XWPFTableCell right = table.getRow(0).getCell(1);
      run(cellParagraph(left, ParagraphAlignment.LEFT), c.recipientsLabel(), true, true, 12);
      c.recipients()
          .forEach(r -> run(cellParagraph(left, ParagraphAlignment.LEFT), r, false, false, 11));
      c.signatoryTitle().forEach(l -> line(right, l, true, false, SIZE));
      // Room for the signature and the seal.
      List.of("", "", "").forEach(l -> line(right, l, false, false, SIZE));
      line(right, c.name(), true, false, SIZE);
    }
  }

  private static void pageSetup(XWPFDocument doc) {
    CTSectPr section = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(2L * TWIPS_PER_CM));
    margins.setBottom(BigInteger.valueOf(2L * TWIPS_PER_CM));
    margins.setLeft(BigInteger.valueOf(3L * TWIPS_PER_CM));
    margins.setRight(BigInteger.valueOf(2L * TWIPS_PER_CM));
  }

  private static XWPFTable twoColumns(XWPFDocument doc) {
    XWPFTable table = doc.createTable(1, 2);
    table.removeBorders();
    table.setWidth("100%");
    table.getRow(0).getCell(0).setWidth("38%");
    table.getRow(0).getCell(1).setWidth("62%");
    return table;
  }

  /** A new cell's first paragraph is empty and is used before adding more. */
  private static XWPFParagraph cellParagraph(XWPFTableCell cell, ParagraphAlignment alignment) {
    List<XWPFParagraph> existing = cell.getParagraphs();
    XWPFParagraph p =
        existing.size() == 1 && existing.get(0).getRuns().isEmpty()
            ? existing.get(0)
            : cell.addParagraph();
    p.setAlignment(alignment);
    p.setSpacingAfter(0);
    return p;
  }

  private static void line(
      XWPFTableCell cell, String text, boolean bold, boolean italic, int size) {
    run(cellParagraph(cell, ParagraphAlignment.CENTER), text, bold, italic, size);
  }

  private static XWPFParagraph centred(XWPFDocument doc) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    return p;
  }

  private static XWPFParagraph body(XWPFDocument doc, boolean indented) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setSpacingBefore(60);
    p.setSpacingAfter(60);
    if (indented) {
      p.setIndentationFirstLine(FIRST_LINE_INDENT);
    }
    return p;
  }

  private static void run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setItalic(italic);
    run.setFontFamily(FONT);
    run.setFontSize(size);
  }
}
