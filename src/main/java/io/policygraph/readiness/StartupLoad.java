package io.policygraph.readiness;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.stereotype.Component;

/**
 * What the service is loading before it is ready (schema, reference data, seed corpus), for the answer a request
 * gets meanwhile. Readiness itself is Spring Boot's: it accepts traffic once the start-up runners, the seed load
 * among them, have finished (ADR 0015).
 */
@Component
public final class StartupLoad {

	private final ApplicationAvailability availability;

	private volatile String stage = "starting";

	public StartupLoad(ApplicationAvailability availability) {
		this.availability = availability;
	}

	/** Says what is being loaded now ({@code "seed corpus: 2 of 5 files"}). */
	public void loading(String stage) {
		this.stage = stage;
	}

	/** {@return what is being loaded now} */
	public String stage() {
		return this.stage;
	}

	/** {@return whether the service takes requests: start-up loading is done} */
	public boolean ready() {
		return this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
	}

}
