package org.lungang.webui.solve;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SolveJobRepository extends JpaRepository<SolveJob, Long> {

    List<SolveJob> findByStatusIn(Collection<JobStatus> statuses);

    List<SolveJob> findByScenarioIdOrderByIdDesc(long scenarioId);

    List<SolveJob> findAllByOrderByIdDesc();

    List<SolveJob> findByScenarioIdAndStatusIn(long scenarioId, Collection<JobStatus> statuses);

    long countByStatusIn(Collection<JobStatus> statuses);
}
