package io.policygraph.ingest.text;

/**
 * Character classes and width folding used throughout extraction.
 */
public final class Chars {

	private Chars() {
	}

	public static boolean isCjk(char c) {
		return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
	}

	/** Chinese punctuation and brackets that never want a space next to them. */
	public static boolean isCjkPunct(char c) {
		return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
				|| c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·' || c == '（'
				|| c == '）' || c == '《' || c == '》' || c == '〔' || c == '〕';
	}

	public static boolean isOpenBracket(char c) {
		return c == '（' || c == '(' || c == '〔' || c == '[' || c == '【' || c == '［';
	}

	public static boolean isCloseBracket(char c) {
		return c == '）' || c == ')' || c == '〕' || c == ']' || c == '】' || c == '］';
	}

	/**
	 * Folds width ({@link #foldWidth}) and reads a traditional character of the vocabulary as its simplified
	 * form ({@link Scripts}).
	 */
	public static char fold(char c) {
		return Scripts.simplified(foldWidth(c));
	}

	/**
	 * Folds full-width digits and Latin letters to ASCII and the full-width full stop used in numbering
	 * ({@code １．}) to {@code .}; the look-alikes some editors print for a colon ({@code ∶} the ratio sign,
	 * {@code ︰} and {@code ﹕} the presentation forms: {@code 牵头单位∶市农业农村局}) to {@code ：}; other Chinese
	 * punctuation is kept as written.
	 */
	public static char foldWidth(char c) {
		if (c >= '０' && c <= '９') {
			return (char) (c - '０' + '0');
		}
		if ((c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
			return (char) (c - 0xFEE0);
		}
		return switch (c) {
			case '．' -> '.';
			case '\u2236', '\uFE30', '\uFE55' -> '：';
			case '\u3000', '\u00A0' -> ' ';
			case '％' -> '%';
			case '＋' -> '+';
			case '－' -> '-';
			case '«' -> '《';
			case '»' -> '》';
			case '［' -> '[';
			case '］' -> ']';
			default -> c;
		};
	}

	/** {@return whether the character closes a quotation: ” ’ 」 』 "} */
	public static boolean isCloseQuote(char c) {
		return c == '”' || c == '’' || c == '」' || c == '』' || c == '"';
	}

	public static boolean isSentenceEnd(char c) {
		return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
	}

}
