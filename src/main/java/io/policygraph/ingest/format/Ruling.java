package io.policygraph.ingest.format;

/**
 * A ruling line of a page (a table border), in the coordinates of text positions (origin top left):
 * vertical when {@code x1 == x2}, horizontal when {@code y1 == y2}.
 */
record Ruling(float x1, float y1, float x2, float y2) {

	boolean vertical() {
		return this.x1 == this.x2;
	}

}
