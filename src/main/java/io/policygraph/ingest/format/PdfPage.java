package io.policygraph.ingest.format;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * The ruling lines of one PDF page (table borders, drawn as strokes or as thin filled rectangles), in the
 * coordinates of text positions (origin top left), and whether the page paints an image.
 */
final class PdfPage extends PDFGraphicsStreamEngine {

	private final float height;

	private final List<Ruling> rulings = new ArrayList<>();

	/** Rulings of the path being built: kept when it is stroked, or filled as a thin bar; dropped when it only clips. */
	private final List<Ruling> path = new ArrayList<>();

	private final List<Ruling> outlines = new ArrayList<>();

	private Point2D current;

	private boolean image;

	private final Deadline deadline;

	PdfPage(PDPage page, Deadline deadline) {
		super(page);
		this.deadline = deadline;
		this.height = page.getCropBox().getHeight() + page.getCropBox().getLowerLeftY();
	}

	List<Ruling> rulings() throws IOException {
		processPage(getPage());
		return this.rulings;
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		this.deadline.check();
		super.processOperator(operator, operands);
	}

	boolean paintsImage() {
		return this.image;
	}

	private void add(double x1, double y1, double x2, double y2) {
		add(x1, y1, x2, y2, this.path);
	}

	private void add(double x1, double y1, double x2, double y2, List<Ruling> to) {
		float ax = (float) Math.min(x1, x2);
		float bx = (float) Math.max(x1, x2);
		float ay = this.height - (float) Math.max(y1, y2);
		float by = this.height - (float) Math.min(y1, y2);
		if (bx - ax < 2 && by - ay > 4) {
			float x = (ax + bx) / 2;
			to.add(new Ruling(x, ay, x, by));
		}
		else if (by - ay < 2 && bx - ax > 4) {
			float y = (ay + by) / 2;
			to.add(new Ruling(ax, y, bx, y));
		}
	}

	@Override
	public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
		double minX = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
		double maxX = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
		double minY = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
		double maxY = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
		if (maxX - minX < 2 || maxY - minY < 2) {
			add(minX, minY, maxX, maxY);
		}
		else {
			// a box: its edges are rules only if it is stroked, never if it is filled (a cell's shading) or clips
			add(minX, minY, minX, maxY, this.outlines);
			add(maxX, minY, maxX, maxY, this.outlines);
			add(minX, minY, maxX, minY, this.outlines);
			add(minX, maxY, maxX, maxY, this.outlines);
		}
	}

	@Override
	public void drawImage(PDImage pdImage) {
		this.image = true;
	}

	@Override
	public void clip(int windingRule) {
	}

	@Override
	public void moveTo(float x, float y) {
		this.current = new Point2D.Float(x, y);
	}

	@Override
	public void lineTo(float x, float y) {
		Point2D next = new Point2D.Float(x, y);
		if (this.current != null) {
			add(this.current.getX(), this.current.getY(), x, y);
		}
		this.current = next;
	}

	@Override
	public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
		this.current = new Point2D.Float(x3, y3);
	}

	@Override
	public Point2D getCurrentPoint() {
		return this.current == null ? new Point2D.Float() : this.current;
	}

	@Override
	public void closePath() {
	}

	@Override
	public void endPath() {
		this.path.clear();
		this.outlines.clear();
	}

	@Override
	public void strokePath() {
		this.rulings.addAll(this.path);
		this.rulings.addAll(this.outlines);
		endPath();
	}

	@Override
	public void fillPath(int windingRule) {
		this.rulings.addAll(this.path);
		endPath();
	}

	@Override
	public void fillAndStrokePath(int windingRule) {
		strokePath();
	}

	@Override
	public void shadingFill(COSName shadingName) {
	}

}
