package org.lungang.webui.scenario;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.lungang.webui.base.AuthoredEntity;

/**
 * A policy variant on a dataset: policy fields that replace the dataset's (a JSON object in the problem file's
 * {@code policy} format, only the fields that differ), constraint weight overrides (name to score text), and
 * optionally a factor on every school's turnover-housing beds (school data, not policy: "what if housing doubled?").
 */
@Entity
@Table(name = "scenario")
public class Scenario extends AuthoredEntity {

    private Long datasetId;
    private String name;
    private String description;
    @Column(columnDefinition = "text")
    private String policyJson;
    @Column(columnDefinition = "text")
    private String weightsJson;
    private Double housingBedsFactor;
    private Instant updatedAt;
    @Version
    private long rowVersion;

    protected Scenario() {
    }

    Scenario(long datasetId, String name, String description, String policyJson, String weightsJson,
            Double housingBedsFactor, String createdBy) {
        super(createdBy);
        this.datasetId = datasetId;
        change(name, description, policyJson, weightsJson, housingBedsFactor);
    }

    void change(String name, String description, String policyJson, String weightsJson, Double housingBedsFactor) {
        this.name = name;
        this.description = description;
        this.policyJson = policyJson;
        this.weightsJson = weightsJson;
        this.housingBedsFactor = housingBedsFactor;
        this.updatedAt = Instant.now();
    }

    public Long getDatasetId() { return datasetId; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public String getPolicyJson() { return policyJson; }
    public String getWeightsJson() { return weightsJson; }
    /** Every school's beds are multiplied by this and rounded down; null leaves the dataset's beds. */
    public Double getHousingBedsFactor() { return housingBedsFactor; }
    public Instant getUpdatedAt() { return updatedAt; }
}
