package org.lungang.webui.dataset;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A county's schools and teachers for one year, kept as its problem file (normalised JSON, see
 * {@link org.lungang.data.json.ProblemJson}) with summary columns for listing.
 */
@Entity
@Table(name = "dataset")
public class Dataset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "plan_year")
    private int year;
    private String sourceName;
    private int schoolCount;
    private int teacherCount;
    private int candidateCount;
    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "text")
    private String problemJson;
    private String createdBy;
    private Instant createdAt;

    protected Dataset() {
    }

    Dataset(String name, int year, String sourceName, int schoolCount, int teacherCount, int candidateCount,
            String problemJson, String createdBy) {
        this.name = name;
        this.year = year;
        this.sourceName = sourceName;
        this.schoolCount = schoolCount;
        this.teacherCount = teacherCount;
        this.candidateCount = candidateCount;
        this.problemJson = problemJson;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public int getYear() { return year; }
    public String getSourceName() { return sourceName; }
    public int getSchoolCount() { return schoolCount; }
    public int getTeacherCount() { return teacherCount; }
    public int getCandidateCount() { return candidateCount; }
    public String getProblemJson() { return problemJson; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
}
