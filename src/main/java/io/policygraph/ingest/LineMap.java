package io.policygraph.ingest;

import java.util.Arrays;

import io.policygraph.ingest.layout.Text;

/**
 * Maps character offsets of a measure's text to physical lines of the source file.
 *
 * @param offsets offsets at which a new physical line starts, ascending, the first 0
 * @param lines the physical line starting at each offset
 */
public record LineMap(int[] offsets, int[] lines) {

	/** {@return the line map of {@code p[from, to)}} */
	public static LineMap of(Text p, int from, int to) {
		int[] offsets = new int[Math.max(1, to - from)];
		int[] lines = new int[offsets.length];
		int n = 0;
		int last = -1;
		for (int i = from; i < Math.max(to, from + 1); i++) {
			int line = p.lineAt(i);
			if (line != last) {
				offsets[n] = i - from;
				lines[n] = line;
				n++;
				last = line;
			}
		}
		return new LineMap(Arrays.copyOf(offsets, n), Arrays.copyOf(lines, n));
	}

	/** {@return the physical line of the character at {@code offset} of the measure text} */
	public int lineAt(int offset) {
		int k = Arrays.binarySearch(this.offsets, offset);
		int index = k >= 0 ? k : Math.max(0, -k - 2);
		return this.lines[index];
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof LineMap m && Arrays.equals(this.offsets, m.offsets) && Arrays.equals(this.lines, m.lines);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.offsets) + Arrays.hashCode(this.lines);
	}

	@Override
	public String toString() {
		return "LineMap" + Arrays.toString(this.lines);
	}

}
