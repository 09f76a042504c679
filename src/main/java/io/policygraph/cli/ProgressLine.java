package io.policygraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import io.policygraph.load.IngestService.IngestProgress;

/**
 * How far {@code ingest} of many files is: files, MB, documents per second and the time left. On a terminal one
 * line is rewritten in place under the output; otherwise (a log, a pipe) a plain line every few seconds and at
 * the end.
 */
final class ProgressLine implements Consumer<IngestProgress> {

	private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

	private final PrintStream out;

	private final boolean live;

	private String shown = "";

	private long lastPlain = System.nanoTime();

	ProgressLine(PrintStream out, boolean live) {
		this.out = out;
		this.live = live;
	}

	/** {@return whether standard output is a terminal} (Linux; elsewhere the plain lines are printed) */
	static boolean terminal() {
		try {
			String target = Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString();
			return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
		}
		catch (IOException | UnsupportedOperationException ex) {
			return false;
		}
	}

	/** Prints a line of output above the live line. */
	synchronized void line(String s) {
		if (this.live && !this.shown.isEmpty()) {
			this.out.print("\r\033[K");
			this.out.println(s);
			this.out.print(this.shown);
			this.out.flush();
		}
		else {
			this.out.println(s);
		}
	}

	@Override
	public synchronized void accept(IngestProgress p) {
		String text = text(p);
		if (this.live) {
			this.shown = text;
			this.out.print("\r\033[K" + text);
			if (p.files() == p.totalFiles()) {
				this.out.println();
				this.shown = "";
			}
			this.out.flush();
		}
		else if (p.files() == p.totalFiles() || System.nanoTime() - this.lastPlain >= PLAIN_EVERY_NANOS) {
			this.lastPlain = System.nanoTime();
			this.out.println(text);
		}
	}

	static String text(IngestProgress p) {
		double seconds = p.elapsedNanos() / 1e9;
		double left = p.bytes() == 0 ? 0 : seconds * (p.totalBytes() - p.bytes()) / p.bytes();
		return String.format("progress: %d/%d files, %.1f/%.1f MB, %d documents, %.1f documents/s, %.2f MB/s, ETA %s",
				p.files(), p.totalFiles(), p.bytes() / 1e6, p.totalBytes() / 1e6, p.documents(),
				seconds == 0 ? 0 : p.documents() / seconds, seconds == 0 ? 0 : p.bytes() / 1e6 / seconds,
				p.files() == p.totalFiles() ? "done" : duration(left));
	}

	private static String duration(double seconds) {
		long s = Math.round(seconds);
		return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
				: s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + " s";
	}

}
