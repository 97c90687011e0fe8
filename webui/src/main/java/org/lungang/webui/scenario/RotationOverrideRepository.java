package org.lungang.webui.scenario;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RotationOverrideRepository extends JpaRepository<RotationOverride, Long> {

    List<RotationOverride> findByScenarioIdOrderByIdAsc(long scenarioId);

    List<RotationOverride> findByScenarioIdAndTeacherIdAndAction(long scenarioId, String teacherId,
            OverrideAction action);
}
