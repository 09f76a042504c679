package io.policygraph.load;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the reference data and the seed corpus live, and whether start-up loads them.
 *
 * @param enabled load at start-up (idempotent: unchanged files are skipped)
 * @param dir the {@code seed-data} folder; the copy packaged in the jar is used when it does not exist
 */
@ConfigurationProperties("policygraph.seed")
public record SeedProperties(Boolean enabled, Path dir) {

	public SeedProperties {
		if (enabled == null) {
			enabled = true;
		}
		if (dir == null) {
			dir = Path.of("seed-data");
		}
	}

}
