package org.lungang.data.generator;

import java.util.List;
import java.util.SplittableRandom;

import org.lungang.solver.domain.RotationPolicy;

/** One step of the generation pipeline, with short names for the draft's parts that every step reads. */
abstract class GenerationStep {

    protected final CountyDraft county;
    protected final CountyProfile profile;
    protected final RotationPolicy policy;
    protected final SplittableRandom random;
    protected final List<Township> townships;
    protected final List<SchoolDraft> schools;
    protected final List<TeacherDraft> teachers;

    GenerationStep(CountyDraft county) {
        this.county = county;
        this.profile = county.profile;
        this.policy = county.policy;
        this.random = county.random;
        this.townships = county.townships;
        this.schools = county.schools;
        this.teachers = county.teachers;
    }

    protected Township township(SchoolDraft school) {
        return county.township(school);
    }

    protected boolean isEligible(TeacherDraft t) {
        return county.isEligible(t);
    }

    protected boolean countsAsBackbone(TeacherDraft t) {
        return county.countsAsBackbone(t);
    }

    protected <T> void shuffle(List<T> list) {
        county.shuffle(list);
    }
}
