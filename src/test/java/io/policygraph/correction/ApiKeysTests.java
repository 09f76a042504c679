package io.policygraph.correction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ApiKeysTests {

	@Test
	void eachKeyIsKnownByItsName() {
		ApiKeys keys = new ApiKeys("alice:s3cret, bob:t0p:s3cret", "");
		assertThat(keys.any()).isTrue();
		assertThat(keys.nameOf("s3cret")).isEqualTo("alice");
		assertThat(keys.nameOf("t0p:s3cret")).as("a secret may hold a colon").isEqualTo("bob");
		assertThat(keys.nameOf("s3cre")).isNull();
		assertThat(keys.nameOf(null)).isNull();
	}

	@Test
	void theSingleKeyOfEarlierVersionsStillWorks() {
		ApiKeys keys = new ApiKeys("", "legacy");
		assertThat(keys.nameOf("legacy")).isEqualTo(ApiKeys.SINGLE_KEY_NAME);
		assertThat(new ApiKeys("alice:s3cret", "legacy").nameOf("legacy")).isEqualTo(ApiKeys.SINGLE_KEY_NAME);
		assertThat(new ApiKeys(" ", null).any()).isFalse();
	}

	@Test
	void aPairWithoutNameOrSecretOrARepeatedNameIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ApiKeys("justasecret", "")).withMessageContaining("name:secret")
			.withMessageNotContaining("justasecret");
		assertThatIllegalArgumentException().isThrownBy(() -> new ApiKeys("alice:", "")).withMessageNotContaining("s3cret");
		assertThatIllegalArgumentException().isThrownBy(() -> new ApiKeys(":s3cret", "")).withMessageNotContaining("s3cret");
		assertThatIllegalArgumentException().isThrownBy(() -> new ApiKeys("alice:a,alice:b", "")).withMessageContaining("twice");
	}

}
