package io.policygraph.ingest;

import java.util.regex.Pattern;

/**
 * Tells a name of a body (an agency, a government, a collective, an SOE) from other text, by the way
 * such names end. Used to accept unkeyworded lists such as {@code （市科委、中关村管委会）} and prose
 * subjects such as {@code 发改委牵头…}, and to reject place lists, quantities and enterprise subjects.
 */
final class AgencyNames {

	/** Endings of institutional names. Bare place endings (区, 县, 市) are deliberately absent. */
	private static final Pattern INSTITUTION = Pattern.compile(
			".{1,40}?(局|委|厅|办|办公室|政府|管委会|管委|委员会|中心|部|部门|支队|大队|总队|集团|公司|海关|分局|分行|营管部|"
					+ "银行|办事处|机构|单位|小组|联席会议|专班|指挥部|工作组|研究院|实验室|协会|商会|电视台|台|院|所|社|联|"
					+ "作协|文联|贸促会|供销社|监管局|管理局|办公厅|检察院|法院|街道|园区|成员单位|[^小]组|领导小组|[^之好出到难此]处|处室|督查室|研究室|信访室|大学|学院|工会)"
					+ "([（(][^）)]{1,12}[）)])?$");

	/** Named zones that act as bodies in responsibility lists (东丽经开区, 华明高新区, 临空经济区). */
	private static final Pattern ZONE_BODY = Pattern.compile(".{1,12}(经开区|高新区|开发区|新区|经济区|示范区|片区|园区|街)$");

	/** Words that make a subject a non-body: enterprises in general, cities, people, "we". */
	private static final Pattern NOT_A_BODY = Pattern.compile(
			"^(企业|领军企业|龙头企业|链主企业|高校|院所|社会资本|金融机构|我局|我市|我区|我省|本市|各地|群众|专家|行业协会|各类协会|社会组织"
					+ "|第三方机构|中介机构|科研院所|高等院校|高校院所|其他单位|其他部门|其余单位|各?(牵头|责任|配合|参与|协办|主办)(单位|部门)|.*企业|.*双|.*主要领导.*|.*同志.*|.*负责人.*)$");

	private AgencyNames() {
	}

	/** {@return whether {@code name} reads as the name of a body, strictly (for unkeyworded brackets)} */
	static boolean isBodyName(String name) {
		String n = name.strip();
		if (n.length() < 2 || n.length() > 45 || NOT_A_BODY.matcher(n).matches()) {
			return false;
		}
		if (!balanced(n)) {
			// 2024年重点项目清单(单位: a caption cut at its colon
			return false;
		}
		// punctuation inside a bracket belongs to a note: 各市（含定州、辛集市，下同）政府
		String outside = n.replaceAll("[（(][^）)]*[）)]", "");
		if (outside.chars().anyMatch(c -> c == '。' || c == '，' || c == '：' || c == ':' || c == '“' || c == '"')) {
			return false;
		}
		return INSTITUTION.matcher(n).matches();
	}

	private static boolean balanced(String s) {
		int depth = 0;
		for (int i = 0; i < s.length(); i++) {
			if (Chars.isOpenBracket(s.charAt(i))) {
				depth++;
			}
			else if (Chars.isCloseBracket(s.charAt(i)) && --depth < 0) {
				return false;
			}
		}
		return depth == 0;
	}

	/**
	 * {@return the longest start of {@code text} that is a body's name, or {@code text} when none is}
	 * For a list item that runs on into the task: 市交通运输局向灾区派出工作组, 长白山管委会结合实际抓好.
	 */
	static String trimToBody(String text) {
		String t = text.strip();
		if (t.length() <= 6 || isBodyNameLenient(t)) {
			// 管委会 is short enough to be what the text means
			return t;
		}
		for (int end = Math.min(t.length() - 1, 45); end >= 4; end--) {
			String head = t.substring(0, end);
			if (isBodyName(head)) {
				return head;
			}
		}
		return t;
	}

	/** {@return whether {@code name} is a subject that is certainly no body: enterprises, universities, people} */
	static boolean isNonBody(String name) {
		return NOT_A_BODY.matcher(name.strip()).matches();
	}

	/** {@return whether {@code name} may be a body where the text already says it is one (after 责任单位：)} */
	static boolean isBodyNameLenient(String name) {
		return isBodyName(name) || (ZONE_BODY.matcher(name.strip()).matches()
				&& !NOT_A_BODY.matcher(name.strip()).matches());
	}

}
