package org.lungang.data.generator;

/** Turnover housing (周转房): beds at town and village schools. */
final class HousingBeds extends GenerationStep {

    HousingBeds(CountyDraft county) {
        super(county);
    }

    void run() {
        addHousing();
    }

    private void addHousing() {
        CountyProfile.Housing housing = profile.housing();
        for (SchoolDraft school : schools) {
            double mean = switch (school.kind) {
                case URBAN -> 0;
                case TOWN -> housing.townBedsMean();
                case VILLAGE -> school.teachingPoint ? 0 : housing.villageBedsMean();
            };
            school.beds = mean <= 0 ? 0 : random.nextInt((int) Math.round(2 * mean) + 1);
        }
    }
}
