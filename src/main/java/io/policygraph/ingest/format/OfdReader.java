package io.policygraph.ingest.format;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.policygraph.ingest.UnreadableSourceException;
import io.policygraph.ingest.format.PositionedText.Glyph;

/**
 * An OFD file (GB/T 33190, the national format of many gazettes) read by the position of its text, as a PDF
 * is ({@link PositionedText}): {@code OFD.xml} names the document ({@code DocBody/DocRoot}), the document
 * its pages in order, and each page's {@code Content.xml} holds text objects ({@code TextObject}: a
 * {@code Boundary} and a size, its {@code TextCode}s placed at {@code X}/{@code Y} with each character's
 * advance in {@code DeltaX}) and paths, whose straight strokes are the rulings of tables. Templates (the
 * background a producer repeats on every page: running headers, seals) are not read. Read with the JDK's
 * ZIP and StAX, with the ZIP limits ({@link OfdPackage}), no DOCTYPE, and the page and time limits of a PDF.
 * Positions are millimetres in OFD and points here.
 */
final class OfdReader implements FormatReader {

	private static final float POINTS_PER_MM = 72f / 25.4f;

	/** An affine transform (a b c d e f) of an object's own coordinates into its boundary's. */
	private record Ctm(float a, float b, float c, float d, float e, float f) {

		static final Ctm IDENTITY = new Ctm(1, 0, 0, 1, 0, 0);

		static Ctm of(String value) {
			float[] v = numbers(value);
			return v.length == 6 ? new Ctm(v[0], v[1], v[2], v[3], v[4], v[5]) : IDENTITY;
		}

		float x(float x, float y) {
			return this.a * x + this.c * y + this.e;
		}

		float y(float x, float y) {
			return this.b * x + this.d * y + this.f;
		}

		float scale() {
			return (float) Math.sqrt(Math.abs(this.a * this.d - this.b * this.c));
		}

	}

	@Override
	public ReadSource read(String name, byte[] bytes, ReadLimits limits) {
		Deadline deadline = new Deadline(name, "OFD", limits.pdfTime(), "policygraph.formats.pdf.time-budget-seconds");
		OfdPackage ofd = OfdPackage.open(name, bytes, limits, deadline);
		String root = first(name, ofd, "OFD.xml", "DocRoot");
		if (root == null) {
			throw new UnreadableSourceException(name, "OFD without a document (OFD.xml names no DocBody/DocRoot)");
		}
		String document = OfdPackage.resolve("OFD.xml", root);
		List<String> pages = new ArrayList<>();
		float[] area = { 0, 0, 210, 297 };
		XMLStreamReader xml = xml(name, ofd, document);
		try {
			boolean commonData = false;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
						case "CommonData" -> commonData = true;
						case "PhysicalBox" -> area = commonData ? box(xml.getElementText(), area) : area;
						case "Page" -> pages.add(OfdPackage.resolve(document, attribute(xml, "BaseLoc")));
						default -> { }
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("CommonData")) {
					commonData = false;
				}
				else if (event == XMLStreamConstants.DTD) {
					throw doctype(name);
				}
			}
		}
		catch (XMLStreamException ex) {
			throw damaged(name, document, ex);
		}
		if (pages.size() > limits.maxPdfPages()) {
			throw new UnreadableSourceException(name, "OFD of " + pages.size() + " pages is over the limit of " + limits.maxPdfPages()
					+ " pages (policygraph.formats.pdf.max-pages)");
		}
		List<PositionedText.Page> read = new ArrayList<>();
		boolean images = false;
		for (int p = 0; p < pages.size(); p++) {
			deadline.page(p + 1);
			PageContent content = page(name, ofd, pages.get(p), area, deadline);
			images |= content.images;
			read.add(new PositionedText.Page(content.glyphs, content.rulings, content.height * POINTS_PER_MM));
		}
		if (read.stream().allMatch(p -> p.glyphs().isEmpty())) {
			throw new UnreadableSourceException(name, images ? "图像扫描件，无可提取文字 (a scanned image: the OFD has no text; run OCR first)"
					: "OFD with no text");
		}
		deadline.page(0);
		ReadSource source = PositionedText.read(read, Format.OFD);
		deadline.check();
		return source;
	}

	/** What one page holds, in points. */
	private static final class PageContent {

		final List<Glyph> glyphs = new ArrayList<>();

		final List<Ruling> rulings = new ArrayList<>();

		boolean images;

		float height;

	}

	private static PageContent page(String name, OfdPackage ofd, String path, float[] area, Deadline deadline) {
		PageContent page = new PageContent();
		page.height = area[3];
		XMLStreamReader xml = xml(name, ofd, path);
		float[] boundary = null;
		float size = 0;
		Ctm ctm = Ctm.IDENTITY;
		float x = 0;
		float y = 0;
		try {
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.DTD) {
					throw doctype(name);
				}
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				deadline.check();
				switch (xml.getLocalName()) {
					case "Area" -> page.height = box(physicalBox(xml), area)[3];
					case "TextObject" -> {
						boundary = numbers(attribute(xml, "Boundary"));
						size = number(attribute(xml, "Size"), 0);
						ctm = Ctm.of(attribute(xml, "CTM"));
						x = 0;
						y = 0;
					}
					case "TextCode" -> {
						if (boundary == null || boundary.length < 4) {
							break;
						}
						x = number(attribute(xml, "X"), x);
						y = number(attribute(xml, "Y"), y);
						String deltaX = attribute(xml, "DeltaX");
						String deltaY = attribute(xml, "DeltaY");
						String text = xml.getElementText();
						int count = text.codePointCount(0, text.length());
						float[] dx = deltas(deltaX, count);
						float[] dy = deltas(deltaY, count);
						int i = 0;
						for (int offset = 0; offset < text.length(); i++) {
							int cp = text.codePointAt(offset);
							offset += Character.charCount(cp);
							float advance = i < dx.length ? dx[i] : size * (cp < 0x2E80 ? 0.5f : 1f);
							if (!Character.isWhitespace(cp) && cp != 0x3000) {
								float px = boundary[0] + ctm.x(x, y);
								float py = boundary[1] + ctm.y(x, y);
								float scale = ctm.scale();
								page.glyphs.add(new Glyph(px * POINTS_PER_MM, py * POINTS_PER_MM, Math.max(0.05f, advance * scale) * POINTS_PER_MM,
										Math.max(0.5f, size * scale) * POINTS_PER_MM, Character.toString(cp)));
							}
							x += advance;
							y += i < dy.length ? dy[i] : 0;
						}
					}
					case "PathObject" -> {
						float[] b = numbers(attribute(xml, "Boundary"));
						Ctm pathCtm = Ctm.of(attribute(xml, "CTM"));
						boolean stroked = !"false".equals(attribute(xml, "Stroke"));
						String data = abbreviatedData(xml);
						if (stroked && b.length >= 4 && data != null) {
							rulings(data, b, pathCtm, page.rulings);
						}
					}
					case "ImageObject" -> page.images = true;
					default -> { }
				}
			}
		}
		catch (XMLStreamException ex) {
			throw damaged(name, path, ex);
		}
		return page;
	}

	/** The straight horizontal and vertical strokes of a path ({@code M x y L x y …}): a table's rulings, in points. */
	private static void rulings(String data, float[] boundary, Ctm ctm, List<Ruling> out) {
		String[] t = data.strip().split("\\s+");
		float cx = 0;
		float cy = 0;
		int i = 0;
		while (i < t.length) {
			String op = t[i++];
			int args = switch (op) {
				case "S", "M", "L" -> 2;
				case "Q" -> 4;
				case "B" -> 6;
				case "A" -> 7;
				default -> 0;
			};
			if (i + args > t.length) {
				return;
			}
			float[] a = new float[args];
			for (int k = 0; k < args; k++) {
				a[k] = number(t[i + k], 0);
			}
			i += args;
			if (args == 0) {
				continue;
			}
			float nx = a[args - 2];
			float ny = a[args - 1];
			if (op.equals("L")) {
				float x1 = (boundary[0] + ctm.x(cx, cy)) * POINTS_PER_MM;
				float y1 = (boundary[1] + ctm.y(cx, cy)) * POINTS_PER_MM;
				float x2 = (boundary[0] + ctm.x(nx, ny)) * POINTS_PER_MM;
				float y2 = (boundary[1] + ctm.y(nx, ny)) * POINTS_PER_MM;
				if (Math.abs(x1 - x2) < 1 && Math.abs(y1 - y2) > 4) {
					float x = (x1 + x2) / 2;
					out.add(new Ruling(x, Math.min(y1, y2), x, Math.max(y1, y2)));
				}
				else if (Math.abs(y1 - y2) < 1 && Math.abs(x1 - x2) > 4) {
					float y = (y1 + y2) / 2;
					out.add(new Ruling(Math.min(x1, x2), y, Math.max(x1, x2), y));
				}
			}
			cx = nx;
			cy = ny;
		}
	}

	private static String abbreviatedData(XMLStreamReader xml) throws XMLStreamException {
		int depth = 1;
		while (xml.hasNext() && depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (xml.getLocalName().equals("AbbreviatedData")) {
					return xml.getElementText();
				}
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		return null;
	}

	private static String physicalBox(XMLStreamReader xml) throws XMLStreamException {
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("PhysicalBox")) {
				return xml.getElementText();
			}
			if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("Area")) {
				return null;
			}
		}
		return null;
	}

	/** {@return the text of the first element of a name in a part, or null} */
	private static String first(String name, OfdPackage ofd, String path, String element) {
		XMLStreamReader xml = xml(name, ofd, path);
		try {
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.DTD) {
					throw doctype(name);
				}
				if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(element)) {
					return xml.getElementText();
				}
			}
			return null;
		}
		catch (XMLStreamException ex) {
			throw damaged(name, path, ex);
		}
	}

	/** A StAX reader of a part that resolves no entity and loads no DTD; a DOCTYPE is refused where it is met. */
	private static XMLStreamReader xml(String name, OfdPackage ofd, String path) {
		byte[] part = ofd.part(path);
		if (part == null) {
			throw new UnreadableSourceException(name, "damaged OFD: the part " + path + " it names is missing");
		}
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		try {
			return factory.createXMLStreamReader(new ByteArrayInputStream(part));
		}
		catch (XMLStreamException ex) {
			throw damaged(name, path, ex);
		}
	}

	private static UnreadableSourceException doctype(String name) {
		return new UnreadableSourceException(name, "XML with a DOCTYPE or external entities refused");
	}

	private static UnreadableSourceException damaged(String name, String path, XMLStreamException ex) {
		return new UnreadableSourceException(name, "damaged OFD: " + path + ": " + ex.getMessage());
	}

	private static String attribute(XMLStreamReader xml, String local) {
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			if (xml.getAttributeLocalName(i).equals(local)) {
				return xml.getAttributeValue(i);
			}
		}
		return null;
	}

	/** {@return a box {@code x y w h}, or the fallback} */
	private static float[] box(String value, float[] otherwise) {
		float[] v = numbers(value);
		return v.length == 4 ? v : otherwise;
	}

	private static float number(String value, float otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return Float.parseFloat(value.strip());
		}
		catch (NumberFormatException ex) {
			return otherwise;
		}
	}

	private static float[] numbers(String value) {
		if (value == null || value.isBlank()) {
			return new float[0];
		}
		String[] parts = value.strip().split("\\s+");
		float[] out = new float[parts.length];
		for (int i = 0; i < parts.length; i++) {
			out[i] = number(parts[i], 0);
		}
		return out;
	}

	/**
	 * Advances as written in {@code DeltaX}/{@code DeltaY}: numbers, and {@code g N v} for N times v; no more
	 * than the characters they space ({@code g 100000000 1} would otherwise fill the memory).
	 */
	private static float[] deltas(String value, int max) {
		if (value == null || value.isBlank()) {
			return new float[0];
		}
		List<Float> out = new ArrayList<>();
		String[] t = value.strip().split("\\s+");
		for (int i = 0; i < t.length && out.size() < max; i++) {
			if (t[i].equals("g") && i + 2 < t.length) {
				float n = number(t[i + 1], 0);
				float v = number(t[i + 2], 0);
				for (int k = 0; k < n && out.size() < max; k++) {
					out.add(v);
				}
				i += 2;
			}
			else {
				out.add(number(t[i], 0));
			}
		}
		float[] a = new float[out.size()];
		for (int i = 0; i < a.length; i++) {
			a[i] = out.get(i);
		}
		return a;
	}

}
