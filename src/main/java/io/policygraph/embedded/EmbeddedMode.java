package io.policygraph.embedded;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The in-process database starts unless an external server is named ({@code NEO4J_URI}) or it is
 * switched off ({@code policygraph.embedded.enabled=false}).
 */
public final class EmbeddedMode implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return isEmbedded(context.getEnvironment());
	}

	public static boolean isEmbedded(Environment env) {
		return !StringUtils.hasText(env.getProperty("NEO4J_URI"))
				&& env.getProperty("policygraph.embedded.enabled", Boolean.class, true);
	}

}
