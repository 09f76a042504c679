package io.policygraph.correction;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The keys that may write, each with the name that is recorded as the author of what it does. Configured
 * as {@code policygraph.api-keys=alice:secret1,bob:secret2}; the single key of earlier versions
 * ({@code policygraph.api-key=secret}) still works, named {@value #SINGLE_KEY_NAME}.
 */
public final class ApiKeys {

	public static final String SINGLE_KEY_NAME = "api-key";

	/** The request attribute holding the name of the key that was accepted. */
	public static final String AUTHOR = ApiKeys.class.getName() + ".author";

	private final Map<String, byte[]> secrets = new LinkedHashMap<>();

	/**
	 * @param pairs {@code name:secret} pairs separated by commas (blank for none)
	 * @param single the single key of earlier versions (blank for none)
	 * @throws IllegalArgumentException when a pair has no name or no secret, or a name repeats
	 */
	public ApiKeys(String pairs, String single) {
		if (pairs != null && !pairs.isBlank()) {
			for (String pair : pairs.split(",")) {
				int colon = pair.indexOf(':');
				String name = colon < 0 ? "" : pair.substring(0, colon).strip();
				String secret = colon < 0 ? "" : pair.substring(colon + 1).strip();
				if (name.isEmpty() || secret.isEmpty()) {
					// the message never repeats a secret: a key pasted without its name would otherwise land in the log
					throw new IllegalArgumentException("policygraph.api-keys takes name:secret pairs separated by commas; "
							+ (colon < 0 ? "an entry has no ':'" : "'" + name + ":…' is not one"));
				}
				if (this.secrets.put(name, secret.getBytes(StandardCharsets.UTF_8)) != null) {
					throw new IllegalArgumentException("policygraph.api-keys names '" + name + "' twice");
				}
			}
		}
		if (single != null && !single.isBlank()) {
			this.secrets.putIfAbsent(SINGLE_KEY_NAME, single.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** {@return whether any key is configured} */
	public boolean any() {
		return !this.secrets.isEmpty();
	}

	/** {@return the name of the key given, or {@code null} when it is none of them}; compared in constant time */
	public String nameOf(String given) {
		if (given == null) {
			return null;
		}
		byte[] bytes = given.getBytes(StandardCharsets.UTF_8);
		String found = null;
		for (var e : this.secrets.entrySet()) {
			if (MessageDigest.isEqual(bytes, e.getValue()) && found == null) {
				found = e.getKey();
			}
		}
		return found;
	}

	/** {@return the author of a write request: the name of the key the guard accepted} */
	static String author(HttpServletRequest request) {
		Object name = request.getAttribute(AUTHOR);
		if (name == null) {
			throw new IllegalStateException("a write reached a controller without an accepted API key");
		}
		return (String) name;
	}

}
