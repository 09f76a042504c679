package io.policygraph.ingest.lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a lexicon file that name a class of names by their shape: whole names, or {@code *X} (ends with), {@code X*} (starts with),
 * {@code *X*} (holds). Looked up by set and by {@code endsWith}, so a name costs a few string tests.
 */
public record WordShapes(Set<String> whole, List<String> ends, List<String> starts, List<String> holds) {

	public static WordShapes load(String file) {
		Set<String> whole = new HashSet<>();
		List<String> ends = new ArrayList<>();
		List<String> starts = new ArrayList<>();
		List<String> holds = new ArrayList<>();
		for (String word : Lexicon.words(file)) {
			boolean any = word.startsWith("*");
			boolean tail = word.endsWith("*") && word.length() > 1;
			String core = word.substring(any ? 1 : 0, word.length() - (tail ? 1 : 0));
			if (any && tail) {
				holds.add(core);
			}
			else if (any) {
				ends.add(core);
			}
			else if (tail) {
				starts.add(core);
			}
			else {
				whole.add(core);
			}
		}
		return new WordShapes(Set.copyOf(whole), List.copyOf(ends), List.copyOf(starts), List.copyOf(holds));
	}

	public boolean matches(String name) {
		if (this.whole.contains(name)) {
			return true;
		}
		for (String e : this.ends) {
			if (name.endsWith(e)) {
				return true;
			}
		}
		for (String e : this.starts) {
			if (name.startsWith(e)) {
				return true;
			}
		}
		for (String e : this.holds) {
			if (name.contains(e)) {
				return true;
			}
		}
		return false;
	}

}
