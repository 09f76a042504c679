package io.policygraph.ingest.grammar;

import java.util.List;
import java.util.regex.Pattern;

import io.policygraph.ingest.lexicon.BodyNames;

/**
 * Lists whose items share a part written once, read as the gold sets read them ({@code gold/real-c/README.md},
 * convention on shared heads):
 * <ul>
 * <li>a level waiting for the head noun of the next item is one collective with it: {@code 各区、市政府},
 * {@code 各县、市、区政府};</li>
 * <li>two collectives that each carry their own 各 are two bodies: {@code 各地、各部门}, {@code 各区县市、各园区};</li>
 * <li>a named place before a body whose head it shares stands alone, as written: {@code 黄埔区、南沙区政府} gives
 * 黄埔区 and 南沙区政府, {@code 各市〔州〕、贵安新区数据管理部门} gives 各市〔州〕 and 贵安新区数据管理部门;</li>
 * <li>an owner written once before two of its organs is one collective: {@code 省政府各部门、各直属机构},
 * {@code 县政府有关部门、有关直属单位}.</li>
 * </ul>
 */
final class SharedHeads {

	/** The level characters a collective's head starts with: 市政府, 县（市）, 区政府, 乡镇, 街道. */
	private static final String LEVELS = "省市县区乡镇州旗盟街";

	/** A place named by its own name and its level: 黄埔区, 岳麓区, 銀川市, 长沙县. */
	private static final Pattern NAMED_PLACE = Pattern.compile("[\\u4e00-\\u9fa5]{2,4}[区县市州旗盟]");

	/** Words a named place never starts with: they make the piece a collective or a reference. */
	private static final Pattern NOT_A_NAME = Pattern.compile("^(各|代管|全|本|我|该|相关|有关|所在|其他|其它)");

	/** Organs that belong to the owner written before the previous item: 各直属机构 after 省政府各部门. */
	private static final Pattern OWNED_ORGAN = Pattern
		.compile("各(直属|有关|相关|组成)?(部门|机构|单位|部委|委办局|直属机构|直属单位|事业单位)");

	/** How many named places one head written once may serve: a longer run is a list of places, not of bodies. */
	private static final int MAX_SHARING = 8;

	private SharedHeads() {
	}

	/** {@return whether the piece names a place by its own name (黄埔区), not a level or a collective} */
	static boolean isNamedPlace(String piece) {
		return BodyNames.isNamedPlace(piece);
	}

	/**
	 * {@return whether a piece that is no body on its own waits for the head noun of the next item} Called for
	 * the short place and level pieces a plain split leaves ({@code 各区}, {@code 代管镇}, {@code 黄埔区}).
	 */
	static boolean waitsForHead(String piece, String next) {
		String p = piece.strip();
		String n = next == null ? "" : next.strip();
		if (n.isEmpty()) {
			return true;
		}
		boolean nextStartsWithLevel = LEVELS.indexOf(n.charAt(0)) >= 0;
		if (isNamedPlace(p) && !nextStartsWithLevel) {
			return false;
		}
		if (p.startsWith("各") && n.startsWith("各")) {
			return false;
		}
		return !(p.startsWith("各") && !nextStartsWithLevel && NAMED_PLACE.matcher(n).lookingAt()
				&& !NOT_A_NAME.matcher(n).find() && n.length() > 4);
	}

	/**
	 * {@return whether the item at {@code i} is a named place whose head a body after it carries} In
	 * {@code 江阴市、宜兴市政府} and {@code 銀川市、石嘴山市、吳忠市人民政府} each place stands for its government.
	 */
	static boolean sharesHeadAfter(List<String> items, int i) {
		String place = items.get(i).strip();
		if (!isNamedPlace(place)) {
			return false;
		}
		char level = place.charAt(place.length() - 1);
		for (int k = i + 1; k < items.size() && k <= i + MAX_SHARING; k++) {
			String item = items.get(k).strip();
			if (isNamedPlace(item) && item.charAt(item.length() - 1) == level) {
				continue;
			}
			int at = item.indexOf(level);
			return at >= 2 && at <= 4 && at < item.length() - 1 && BodyNames.isBodyName(item);
		}
		return false;
	}

	/**
	 * Organs an owner written before the previous item holds, picked out by reference rather than by 各: 有关直属单位
	 * after 县政府有关部门. Only a kind of organ (直属, 组成) makes the piece one: a bare 有关单位 is a collective of its own.
	 */
	private static final Pattern REFERRED_ORGAN = Pattern.compile("(有关|相关)(直属|组成)(部门|机构|单位|事业单位)");

	/** The previous item's organs picked out by reference: 县政府有关部门, 市政府相关部门. */
	private static final Pattern REFERRED_OWNER_ORGANS = Pattern.compile("(有关|相关)(部门|机构|单位|部委|委办局)");

	/**
	 * {@return whether {@code piece} is an organ of the owner the previous item names: 省政府各部门、各直属机构,
	 * 县政府有关部门、有关直属单位}
	 */
	static boolean ownedByPrevious(String previous, String piece) {
		String p = piece.strip();
		int each = previous.indexOf('各');
		if (each > 0 && OWNED_ORGAN.matcher(p).matches()
				&& OWNED_ORGAN.matcher(previous).region(each, previous.length()).matches()) {
			return true;
		}
		java.util.regex.Matcher owner = REFERRED_OWNER_ORGANS.matcher(previous);
		return REFERRED_ORGAN.matcher(p).matches() && owner.find() && owner.start() > 0 && owner.end() == previous.length()
				&& BodyNames.isBodyName(previous.substring(0, owner.start()));
	}

}
