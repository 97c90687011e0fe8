package org.lungang.webui.dataset;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import org.lungang.webui.base.AuthoredEntity;

/**
 * A county's schools and teachers for one year, kept as its problem file (normalised JSON, see
 * {@link org.lungang.data.json.ProblemJson}) with summary columns for listing.
 */
@Entity
@Table(name = "dataset")
public class Dataset extends AuthoredEntity {

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

    protected Dataset() {
    }

    Dataset(String name, int year, String sourceName, int schoolCount, int teacherCount, int candidateCount,
            String problemJson, String createdBy) {
        super(createdBy);
        this.name = name;
        this.year = year;
        this.sourceName = sourceName;
        this.schoolCount = schoolCount;
        this.teacherCount = teacherCount;
        this.candidateCount = candidateCount;
        this.problemJson = problemJson;
    }

    public String getName() { return name; }
    public int getYear() { return year; }
    public String getSourceName() { return sourceName; }
    public int getSchoolCount() { return schoolCount; }
    public int getTeacherCount() { return teacherCount; }
    public int getCandidateCount() { return candidateCount; }
    public String getProblemJson() { return problemJson; }
}
