package org.lungang.data.generator;

import java.util.SplittableRandom;

/**
 * Generates a county's rotation problem from a {@link CountyProfile}: the same profile and seed give the same county,
 * field for field, on any JVM (one seeded {@link SplittableRandom} drawn in a fixed order, and only ordered
 * collections iterated).
 *
 * <p>The county is built so that the solver has meaningful plans to find: urban and town schools carry surplus
 * teachers over their posts (enough, among their eligible teachers, to meet the rotation quota, with backbone
 * teachers among them), while village, town and weak schools have open posts, mostly in English, music, art, PE, IT
 * and science (学科结构性缺编).
 */
public final class CountyGenerator {

    private CountyGenerator() {
    }

    /**
     * Generates the county of the profile.
     *
     * @return the county with its unsolved plan (every teacher stays)
     * @throws IllegalArgumentException when the profile has too few teachers for its schools
     */
    public static GeneratedCounty generate(CountyProfile profile, long seed) {
        CountyDraft county = new CountyDraft(profile, seed);
        // The steps draw from one random source: their order is part of the output.
        new SchoolPlacement(county).run();
        new SchoolSizing(county).run();
        SubjectMix subjects = new SubjectMix(county);
        Hiring hiring = new Hiring(county);
        for (SchoolDraft school : county.schools) {
            subjects.composeSubjects(school);
            hiring.createTeachers(school);
            hiring.appointCadres(school);
        }
        new BackboneTitles(county).run();
        new HousingBeds(county).run();
        new SurplusPlacement(county).run();
        new TeamFormation(county).run();
        new Couples(county).run();
        new AllianceFormation(county).run();
        new Preferences(county).run();
        new ExchangesUnderway(county).run();
        return new CountyAssembly(county).build();
    }
}
