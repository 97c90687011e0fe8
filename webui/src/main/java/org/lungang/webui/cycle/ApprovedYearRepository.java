package org.lungang.webui.cycle;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Approved years are written once and read: no update or delete is offered. */
interface ApprovedYearRepository extends Repository<ApprovedYear, Long> {

    ApprovedYear save(ApprovedYear approved);

    Optional<ApprovedYear> findById(long id);

    List<ApprovedYear> findAllByOrderBySchoolYearAscIdAsc();

    Optional<ApprovedYear> findByDatasetId(long datasetId);
}
