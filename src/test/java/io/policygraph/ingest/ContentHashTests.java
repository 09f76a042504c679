package io.policygraph.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHashTests {

	@Test
	void isSha256AsLowerCaseHex() {
		// the "abc" example of FIPS 180-2
		assertThat(ContentHash.sha256("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void textIsHashedAsItsUtf8Bytes() {
		String text = "济南市生态环境局";
		assertThat(ContentHash.sha256(text)).isEqualTo(ContentHash.sha256(text.getBytes(StandardCharsets.UTF_8)))
			.isNotEqualTo(ContentHash.sha256(text.getBytes(Charset.forName("GB18030"))));
	}

}
