package io.policygraph.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.apache.catalina.core.StandardHost;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's description (title, version), CSV answers, and the embedded Tomcat answering its own errors as
 * problem documents, like the API does.
 */
@Configuration(proxyBeanMethods = false)
class ApiServerConfiguration {

	@Bean
	OpenAPI policyGraphApi(@Value("${policygraph.version:0.1.0}") String version) {
		return new OpenAPI().info(new Info().title("PolicyGraph API").version(version).description("""
				Who is responsible for what in Chinese government policy documents: bodies, measures, documents, \
				industry chains, parks and projects, with the file, line range and raw annotation behind every fact. \
				Filters mean the same everywhere: jurisdiction + scope (within: the place and all under it; exact), \
				asOf (documents in force that day), role (lead, responsible, inherited, any), inherited=false (no \
				default-rule facts). Every list also answers text/csv (UTF-8 with BOM). Errors are \
				application/problem+json (schema Problem)."""));
	}

	/** CSV last: the first converter that can write an answer wins for {@code Accept: *}{@code /*}. */
	@Bean
	WebMvcConfigurer csvAnswers() {
		return new WebMvcConfigurer() {
			@Override
			public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
				builder.configureMessageConvertersList(converters -> converters.add(new CsvMessageConverter()));
			}
		};
	}

	@Bean
	TomcatContextCustomizer problemErrorReports() {
		return context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
			}
		};
	}

}
