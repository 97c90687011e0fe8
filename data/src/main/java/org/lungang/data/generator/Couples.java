package org.lungang.data.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

import org.lungang.solver.domain.Gender;

/** Couples of teachers (夫妻双方均为教师). */
final class Couples extends GenerationStep {

    Couples(CountyDraft county) {
        super(county);
    }

    void run() {
        formCouples();
    }

    /** Couples of teachers living in the same area (the seat or a township), paired by age. */
    private void formCouples() {
        TreeMap<Integer, List<TeacherDraft>> areas = new TreeMap<>();
        for (TeacherDraft t : teachers) {
            areas.computeIfAbsent(t.school.townshipIndex, k -> new ArrayList<>()).add(t);
        }
        for (List<TeacherDraft> area : areas.values()) {
            List<TeacherDraft> men = new ArrayList<>();
            List<TeacherDraft> women = new ArrayList<>();
            for (TeacherDraft t : area) {
                (t.gender == Gender.MALE ? men : women).add(t);
            }
            int couples = Math.min((int) Math.round(profile.people().coupleRate() * area.size() / 2),
                    Math.min(men.size(), women.size()));
            shuffle(men);
            shuffle(women);
            List<TeacherDraft> husbands = new ArrayList<>(men.subList(0, couples));
            List<TeacherDraft> wives = new ArrayList<>(women.subList(0, couples));
            Comparator<TeacherDraft> byAge = Comparator.comparingInt((TeacherDraft t) -> t.age)
                    .thenComparing(t -> t.id);
            husbands.sort(byAge);
            wives.sort(byAge);
            for (int i = 0; i < couples; i++) {
                husbands.get(i).partnerId = wives.get(i).id;
                wives.get(i).partnerId = husbands.get(i).id;
            }
        }
    }
}
