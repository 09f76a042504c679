package io.policygraph.ingest.layout;

import java.util.List;

import io.policygraph.ingest.lexicon.RoleWords;

/**
 * The document model between layout and grammar: what layout repair makes of a document's physical lines,
 * and all that the responsibility grammar reads. Every block knows the physical lines it came from, so
 * that every fact read from it keeps its provenance. Readers of other formats (PDF, Word, HTML) hand over
 * the same blocks.
 */
public sealed interface Block {

	/** {@return the first physical line of the block} */
	int firstLine();

	/** {@return the last physical line of the block} */
	int lastLine();

	/** A block that is one run of text, with the physical line of every character. */
	sealed interface OfText extends Block {

		/** {@return the block's text} */
		Text text();

		@Override
		default int firstLine() {
			return text().firstLine();
		}

		@Override
		default int lastLine() {
			return text().lastLine();
		}

	}

	/**
	 * A numbered heading ({@code 一、}, {@code （三）}, {@code 4.}, {@code 第二条}), with whatever text follows
	 * the marker in the same paragraph: a heading and its measure are often one paragraph.
	 *
	 * @param marker the heading's level, label and where the marker ends in {@code text}
	 * @param text the whole paragraph, marker included
	 */
	record Heading(Headings.Marker marker, Text text) implements OfText {
	}

	/**
	 * A paragraph of running text, rebuilt from physical lines across page breaks.
	 *
	 * @param text its text, with the physical line of every character
	 */
	record Paragraph(Text text) implements OfText {
	}

	/**
	 * A labelled field on a line of its own: {@code 牵头单位：市发展改革委}, {@code 【责任单位】市财政局}, or one that
	 * names no body ({@code 牵头领导：省政府分管领导同志}, {@code 完成时限：2025年底}).
	 *
	 * @param label the label's word, as written
	 * @param text the whole field, label included
	 */
	record FieldLine(String label, Text text) implements OfText {

		/**
		 * {@return whether the label is a role word, so that the field names bodies, or a field that names none is
		 * followed on its line by one that does ({@code 责任领导：王某某副市长；牵头单位：市农业农村局})}
		 */
		public boolean namesBodies() {
			return rolesFrom() >= 0;
		}

		/**
		 * {@return the field from its first role word on}: the whole field, or the fields after one that names no
		 * body ({@code 牵头单位：市农业农村局；责任单位：市财政局} of {@code 责任领导：王某某副市长；牵头单位：…})
		 */
		public Text roles() {
			int from = rolesFrom();
			return from <= 0 ? this.text : this.text.slice(from, this.text.text().length());
		}

		private int rolesFrom() {
			String t = this.text.text();
			if (RoleWords.keywordAt(t, 0) != null) {
				return 0;
			}
			// a role word with its colon or in 【】 (folding has dropped a space before it: 副市长 牵头单位：)
			RoleWords.Keyword next = RoleWords.nextKeyword(t, 0);
			return next != null ? next.start() : -1;
		}

	}

	/**
	 * One row of a task table ({@code 序号 重点任务 牵头单位 责任单位 完成时限}).
	 *
	 * @param line the physical line of the row (its first line when it was wrapped)
	 * @param lastLine the last physical line of the row
	 * @param cells the row's cells with the roles of their columns, in column order
	 * @param raw the row as written
	 */
	record TableRow(int line, int lastLine, List<Cell> cells, String raw) implements Block {

		@Override
		public int firstLine() {
			return this.line;
		}

		/** {@return the row's number where the table has a 序号 column, else {@code null}} */
		public String serial() {
			for (Cell c : this.cells) {
				if (c.column() == Column.SERIAL) {
					return c.text().replaceAll("[.、．]$", "");
				}
			}
			return null;
		}

		/** {@return the task cells, joined with a colon} */
		public String task() {
			StringBuilder task = new StringBuilder();
			for (Cell c : this.cells) {
				if (c.column() == Column.TASK) {
					task.append(task.isEmpty() ? "" : "：").append(c.text());
				}
			}
			return task.toString();
		}

	}

	/**
	 * The addressee line of a notice: {@code 各县（市、区）人民政府，市直有关部门：}. No measure.
	 *
	 * @param text the line
	 */
	record Addressee(Text text) implements OfText {
	}

	/**
	 * The date line of a signature ({@code 2024年3月1日}). No measure.
	 *
	 * @param text the line
	 */
	record Signature(Text text) implements OfText {
	}

	/** What a table column holds, read from its header. */
	enum Column {

		/** 序号: the row's number. */
		SERIAL,
		/** 重点任务, 工作内容: the task, which is the measure. */
		TASK,
		/** 牵头单位: the bodies that lead. */
		LEAD,
		/** 责任单位, 配合单位, 协办: the bodies that share. */
		SHARE,
		/** Anything else: 完成时限, 分管领导, 备注. */
		OTHER

	}

	/**
	 * One cell of a table row.
	 *
	 * @param text the cell, folded
	 * @param column what its column holds
	 * @param header its column's header, as written
	 */
	record Cell(String text, Column column, String header) {
	}

}
