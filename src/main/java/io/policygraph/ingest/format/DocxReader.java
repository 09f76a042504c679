package io.policygraph.ingest.format;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.policygraph.ingest.UnreadableSourceException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.w3c.dom.Node;

/**
 * A Word document (DOCX, and {@code .wps} saved as OOXML): the body only, each paragraph a line with the
 * number Word shows before it ({@link WordNumbering}), each table a row a line with TABs between cells
 * (a merged cell repeated over the columns and rows it covers; a nested table's text stays in its cell).
 * Headers, footers, footnotes and comments live in other parts and never reach the text; tracked changes
 * read as accepted (insertions kept, deletions dropped); field codes give their result, not their code.
 */
final class DocxReader implements FormatReader {

	/** Elements whose text is not the document's current text. */
	private static final Set<String> SKIPPED = Set.of("del", "moveFrom", "delText", "instrText", "delInstrText",
			"commentReference", "footnoteReference", "endnoteReference", "pPrChange", "rPrChange");

	@Override
	public ReadSource read(String name, byte[] bytes, ReadLimits limits) {
		OfficeZip.apply(limits);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			WordNumbering numbering = new WordNumbering(document);
			Lines lines = new Lines();
			int index = 0;
			for (IBodyElement element : document.getBodyElements()) {
				index++;
				switch (element) {
					case XWPFParagraph p -> lines.add(Lines.PARAGRAPH_START + numbering.label(p) + text(p), Origin.paragraph(index));
					case XWPFTable t -> table(t, lines, index);
					case XWPFSDT sdt -> lines.add(sdt.getContent().getText(), Origin.paragraph(index));
					default -> {
					}
				}
			}
			if (lines.visibleChars() == 0) {
				throw new UnreadableSourceException(name, "Word document with no text in its body");
			}
			return lines.build(Format.DOCX);
		}
		catch (UnreadableSourceException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw OfficeZip.refusal(name, "Word document", ex);
		}
	}

	static String text(XWPFParagraph paragraph) {
		StringBuilder out = new StringBuilder();
		walk(paragraph.getCTP().getDomNode(), out);
		return out.toString();
	}

	/** Text of {@code w:t}, tabs and breaks, outside deletions and field codes; iterative, as a paragraph may nest deeply. */
	private static void walk(Node root, StringBuilder out) {
		java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
		stack.push(root);
		while (!stack.isEmpty()) {
			Node node = stack.pop();
			String local = node.getLocalName();
			if (node.getNodeType() == Node.ELEMENT_NODE) {
				if (SKIPPED.contains(local)) {
					continue;
				}
				switch (local) {
					case "t" -> {
						// xmlbeans' DOM has no getTextContent
						for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
							if (c.getNodeValue() != null) {
								out.append(c.getNodeValue());
							}
						}
						continue;
					}
					case "tab", "ptab" -> out.append('\u3000');
					case "br", "cr" -> out.append('\n');
					default -> {
					}
				}
			}
			List<Node> children = new ArrayList<>();
			for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
				children.add(c);
			}
			for (int i = children.size() - 1; i >= 0; i--) {
				stack.push(children.get(i));
			}
		}
	}

	private static void table(XWPFTable table, Lines lines, int index) {
		List<String> above = List.of();
		int r = 0;
		for (XWPFTableRow row : table.getRows()) {
			r++;
			List<String> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				CTTcPr pr = cell.getCTTc().getTcPr();
				int span = pr != null && pr.getGridSpan() != null ? Math.min(50, pr.getGridSpan().getVal().intValue()) : 1;
				boolean continued = pr != null && pr.getVMerge() != null
						&& (pr.getVMerge().getVal() == null || !"restart".equals(pr.getVMerge().getVal().toString()));
				int column = cells.size();
				String text = continued && column < above.size() ? above.get(column) : cellText(cell);
				for (int k = 0; k < Math.max(1, span); k++) {
					cells.add(text);
				}
			}
			lines.row(cells, Origin.tableRow(index, r));
			above = cells;
		}
	}

	/** A cell's paragraphs (and nested tables' cells) parted by spaces, as a list in one cell is. */
	private static String cellText(XWPFTableCell cell) {
		List<String> parts = new ArrayList<>();
		for (IBodyElement e : cell.getBodyElements()) {
			if (e instanceof XWPFParagraph p) {
				parts.add(text(p).strip());
			}
			else if (e instanceof XWPFTable nested) {
				for (XWPFTableRow row : nested.getRows()) {
					for (XWPFTableCell c : row.getTableCells()) {
						parts.add(cellText(c));
					}
				}
			}
		}
		parts.removeIf(String::isEmpty);
		return String.join(" ", parts);
	}

}
