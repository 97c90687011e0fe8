package org.lungang.webui.scenario;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScenarioRepository extends JpaRepository<Scenario, Long> {

    List<Scenario> findAllByOrderByIdAsc();

    List<Scenario> findByDatasetIdOrderByIdAsc(long datasetId);
}
