package io.policygraph.ingest;

/**
 * A body named for a responsibility unit.
 *
 * @param surface the name exactly as the text writes it (page-break pieces joined)
 * @param role lead, responsible or inherited
 * @param position 1-based place in the written list (lead and responsible counted together)
 * @param roleWord the keyword that gave the role ({@code 牵头单位}, {@code 责任单位}, {@code 牵头}, {@code 会同},
 * {@code 列第一位}, or empty for a bare list)
 */
public record Mention(String surface, Role role, int position, String roleWord) {
}
