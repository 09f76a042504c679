package io.policygraph.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plan's project portfolio as it states it: 总投资X亿元的N个重点项目; 续建/新开工/储备项目N个,总投资X亿元. */
final class PortfolioFinder implements Finder {

	private static final Pattern PORTFOLIO = Pattern.compile(
			"(?:扎实)?推进总投资(?<total>\\d+(?:\\.\\d+)?)\\s*亿元的(?<count>\\d+)个重点项目"
					+ "|(?:计划[^,，。；;]{0,20}?)?(?<status>续建|新开工|[^,，。；;]{0,6}储备)项目(?<count2>\\d+)个[,，]总投资(?<total2>\\d+(?:\\.\\d+)?)\\s*亿元");

	@Override
	public void find(String text, Found found) {
		Matcher p = PORTFOLIO.matcher(text);
		while (p.find()) {
			String status = p.group("status") == null ? "总计" : p.group("status").replaceAll(".*储备", "储备");
			double total = Double.parseDouble(p.group("total") != null ? p.group("total") : p.group("total2"));
			int count = Integer.parseInt(p.group("count") != null ? p.group("count") : p.group("count2"));
			found.portfolios.add(new Links.PortfolioMention(status, count, total, p.group(), p.start(), p.end()));
		}
	}

}
