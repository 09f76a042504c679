package io.policygraph;

/**
 * {@link TestJdkTests} again in the integration-test JVM (failsafe forks its own).
 */
class TestJdkIT extends TestJdkTests {

}
