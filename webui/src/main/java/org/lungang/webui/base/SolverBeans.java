package org.lungang.webui.base;

import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import org.lungang.solver.RotationSolver;
import org.lungang.solver.domain.RotationPlan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The solver, configured once from {@link RotationSolver#CONFIG_RESOURCE}: the facade for scoring and analysis, and
 * the manager that runs solve jobs, at most {@code lungang.solve.parallel-jobs} at once (the rest wait in its queue).
 */
@Configuration
class SolverBeans {

    @Bean
    RotationSolver rotationSolver() {
        return new RotationSolver();
    }

    @Bean(destroyMethod = "close")
    SolverManager<RotationPlan, Long> solverManager(SolveSettings settings) {
        return SolverManager.create(SolverConfig.createFromXmlResource(RotationSolver.CONFIG_RESOURCE),
                new SolverManagerConfig().withParallelSolverCount(String.valueOf(settings.parallelJobs())));
    }
}
