package io.policygraph.readiness;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where start-up time goes, logged once per start: a line per stage as it ends ({@code Start-up stage schema: 412 ms})
 * and, when the service is ready, one line with them all and the time since the JVM started
 * ({@code Start-up: ready 18342 ms after JVM start; ...}). {@code bench/StartupBenchmark} reads these lines.
 */
@Component
public final class StartupStages {

	private static final Logger log = LoggerFactory.getLogger(StartupStages.class);

	private final Map<String, Long> stages = new LinkedHashMap<>();

	/** Records how long a stage took, and logs it. */
	public synchronized void record(String stage, Duration took) {
		this.stages.put(stage, took.toMillis());
		log.info("Start-up stage {}: {} ms", stage, took.toMillis());
	}

	@EventListener
	void started(ApplicationStartedEvent event) {
		long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		long spring = event.getTimeTaken() == null ? 0 : event.getTimeTaken().toMillis();
		record("JVM to Spring start", Duration.ofMillis(uptime - spring));
		record("Spring context", Duration.ofMillis(spring));
	}

	@EventListener
	synchronized void ready(ApplicationReadyEvent event) {
		log.info("Start-up: ready {} ms after JVM start; {}", ManagementFactory.getRuntimeMXBean().getUptime(),
				this.stages.entrySet().stream().map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", ")));
	}

}
