package io.policygraph.load;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import io.policygraph.chain.ChainTaxonomy;
import io.policygraph.registry.AgencyResolver;
import io.policygraph.registry.Registry;
import io.policygraph.support.MeasureLinker;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LoadConfiguration {

	@Bean
	Registry registry(SeedProperties properties) {
		return Files.isDirectory(properties.dir()) ? Registry.load(properties.dir()) : Registry.loadFromClasspath();
	}

	@Bean
	AgencyResolver agencyResolver(Registry registry) {
		return new AgencyResolver(registry);
	}

	@Bean
	ChainTaxonomy chainTaxonomy(SeedProperties properties) {
		return Files.exists(properties.dir().resolve("chains.csv")) ? ChainTaxonomy.load(properties.dir())
				: ChainTaxonomy.loadFromClasspath();
	}

	@Bean
	MeasureLinker measureLinker(ChainTaxonomy taxonomy, Registry registry) {
		List<String> zones = new ArrayList<>();
		for (Registry.Place p : registry.places().values()) {
			if (p.kind().equals("zone")) {
				zones.add(p.name());
				zones.addAll(p.aliases());
			}
		}
		return new MeasureLinker(taxonomy, zones);
	}

}
