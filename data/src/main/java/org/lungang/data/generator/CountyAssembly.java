package org.lungang.data.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.lungang.solver.domain.RotationPlan;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;

/** Turns the drafts into the immutable domain: the schools, the teachers and the unsolved plan. */
final class CountyAssembly extends GenerationStep {

    CountyAssembly(CountyDraft county) {
        super(county);
    }

    GeneratedCounty build() {
        List<School> builtSchools = new ArrayList<>();
        for (SchoolDraft draft : schools) {
            EnumMap<Subject, Integer> posts = new EnumMap<>(Subject.class);
            for (Map.Entry<Subject, Integer> entry : draft.posts.entrySet()) {
                if (entry.getValue() > 0) {
                    posts.put(entry.getKey(), entry.getValue());
                }
            }
            draft.built = new School(draft.id, draft.name, draft.kind, draft.stage, draft.tier, draft.allianceId,
                    draft.location, draft.students, posts, draft.beds, null);
            builtSchools.add(draft.built);
        }
        List<Teacher> builtTeachers = new ArrayList<>(teachers.size());
        for (TeacherDraft t : teachers) {
            builtTeachers.add(t.build());
        }
        RotationPlan plan = RotationPlan.of(policy, builtSchools, builtTeachers, Map.of(), profile.year(), Map.of());
        return new GeneratedCounty(profile.displayName(), profile.year(), plan);
    }
}
