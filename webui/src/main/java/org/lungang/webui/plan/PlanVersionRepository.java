package org.lungang.webui.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanVersionRepository extends JpaRepository<PlanVersion, Long> {

    List<PlanVersion> findByScenarioIdOrderByVersionNumberAsc(long scenarioId);

    Optional<PlanVersion> findFirstByScenarioIdAndSetAsideFalseOrderByVersionNumberDesc(long scenarioId);

    Optional<PlanVersion> findByScenarioIdAndVersionNumber(long scenarioId, int versionNumber);

    Optional<PlanVersion> findFirstBySolveJobId(long solveJobId);

    @Query("select coalesce(max(p.versionNumber), 0) from PlanVersion p where p.scenarioId = ?1")
    int maxVersionNumber(long scenarioId);
}
