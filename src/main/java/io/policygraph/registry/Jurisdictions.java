package io.policygraph.registry;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.policygraph.ingest.ExtractedDocument;

/**
 * Decides which place a document speaks for, from the strongest evidence it has: the issuer, the
 * place its title starts with, the prefix of its 文号, and, for documents with none of these, the place
 * its text names most often.
 */
public final class Jurisdictions {

	/** 文号 prefixes of the jurisdictions in the registry. */
	private static final Map<String, String> DOC_NO_PREFIX = Map.of("京", "beijing", "津", "tianjin", "冀", "hebei",
			"鲁", "shandong", "济", "jinan", "青", "qingdao", "沧", "cangzhou", "国", "cn");

	private static final Pattern DOC_NO_HEAD = Pattern.compile("^([\\u4e00-\\u9fa5])");

	private final AgencyResolver resolver;

	public Jurisdictions(AgencyResolver resolver) {
		this.resolver = resolver;
	}

	/**
	 * {@return the place id and the evidence for it ({@code issuer}, {@code title}, {@code docNo},
	 * {@code text}); {@code null} id when nothing points anywhere}
	 */
	public Decision decide(ExtractedDocument document, String text) {
		if (document.issuer() != null) {
			String place = this.resolver.placeNamedAtStart(document.issuer());
			if (place != null) {
				return new Decision(narrowest(place, document.title()), "issuer");
			}
		}
		String fromTitle = this.resolver.placeNamedAtStart(document.title());
		if (fromTitle != null) {
			return new Decision(fromTitle, "title");
		}
		if (document.docNo() != null) {
			Matcher m = DOC_NO_HEAD.matcher(document.docNo());
			if (m.find() && DOC_NO_PREFIX.containsKey(m.group(1))) {
				return new Decision(DOC_NO_PREFIX.get(m.group(1)), "docNo");
			}
		}
		Map<String, Integer> mentions = this.resolver.placeMentions(text);
		String best = null;
		int count = 1;
		for (var e : mentions.entrySet()) {
			Registry.Place p = this.resolver.registry().place(e.getKey());
			boolean jurisdiction = p != null && !p.kind().equals("zone") && !p.kind().equals("street")
					&& !p.kind().equals("country");
			if (jurisdiction && e.getValue() > count) {
				best = e.getKey();
				count = e.getValue();
			}
		}
		return new Decision(best, best == null ? "none" : "text");
	}

	/** A city issuer's document about one of its districts (济南市市中区人民政府) is the district's. */
	private String narrowest(String place, String title) {
		String fromTitle = title == null ? null : this.resolver.placeNamedAtStart(title);
		if (fromTitle != null && this.resolver.registry().lineage(fromTitle).stream().anyMatch(p -> p.id().equals(place))) {
			return fromTitle;
		}
		return place;
	}

	/**
	 * @param placeId the jurisdiction, or {@code null}
	 * @param evidence what decided it
	 */
	public record Decision(String placeId, String evidence) {
	}

}
