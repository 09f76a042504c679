package io.policygraph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tests run on the JDK the build selected (Maven toolchains, ADR 0008), not on the one Maven itself runs
 * on: a default {@code java} 17 must not matter. Prints which, so a build log shows it.
 */
class TestJdkTests {

	@Test
	void testsRunOnAJdk21OrNewer() {
		System.out.println(getClass().getSimpleName() + ": tests run on Java " + System.getProperty("java.version")
				+ " from " + System.getProperty("java.home"));
		assertThat(Runtime.version().feature()).as("feature version of the test JVM").isGreaterThanOrEqualTo(21);
	}

}
