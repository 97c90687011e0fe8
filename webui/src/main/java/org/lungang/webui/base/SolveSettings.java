package org.lungang.webui.base;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lungang.solve.*}, read in one place for the solver manager and the solve service.
 *
 * @param parallelJobs jobs solved at once; the others wait in the queue
 * @param queueCapacity jobs that may wait beyond the running ones; a request beyond that is refused (429)
 * @param defaultTimeLimit how long a job solves when its request gives no time limit
 * @param saveInterval how often, at most, a running job's best plan is saved into its plan version
 */
@ConfigurationProperties("lungang.solve")
public record SolveSettings(@DefaultValue("1") int parallelJobs, @DefaultValue("8") int queueCapacity,
        @DefaultValue("PT60S") Duration defaultTimeLimit, @DefaultValue("PT1S") Duration saveInterval) {
}
