package org.lungang.data.generator;

import static org.lungang.data.generator.Geometry.offset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lungang.data.generator.CountyProfile.Geography;
import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;

/** Places the townships around the county seat, then every school (teaching points last) with its id and name. */
final class SchoolPlacement extends GenerationStep {

    SchoolPlacement(CountyDraft county) {
        super(county);
    }

    void run() {
        placeTownships();
        createSchools();
    }

    private void placeTownships() {
        Geography geography = profile.geography();
        Set<String> used = new HashSet<>();
        for (int t = 0; t < geography.townships(); t++) {
            double km = geography.minTownshipKm()
                    + random.nextDouble() * (geography.maxTownshipKm() - geography.minTownshipKm());
            GeoPoint centre = offset(geography.seat(), km, random.nextDouble() * 2 * Math.PI);
            String name = t < geography.townshipNames().size() ? geography.townshipNames().get(t)
                    : uniquePlace(used) + (random.nextDouble() < 0.7 ? "镇" : "乡");
            used.add(name);
            townships.add(new Township(name, centre));
        }
    }

    private String uniquePlace(Set<String> used) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String stem = ChineseNames.place(random);
            if (!used.contains(stem + "镇") && !used.contains(stem + "乡")) {
                return stem;
            }
        }
        return ChineseNames.place(random) + used.size();
    }

    private void createSchools() {
        Geography geography = profile.geography();
        int townCounter = 0;
        List<CountyProfile.SchoolCount> counts = new ArrayList<>(profile.schools());
        for (CountyProfile.SchoolCount count : counts) {
            for (int i = 0; i < count.count(); i++) {
                schools.add(new SchoolDraft(count.kind(), count.stage(), false));
            }
        }
        for (int i = 0; i < profile.teachingPoints(); i++) {
            schools.add(new SchoolDraft(SchoolKind.VILLAGE, Stage.PRIMARY, true));
        }
        Map<String, Integer> nameCounters = new HashMap<>();
        int urbanPrimaryNamed = 0;
        String county = profile.displayName().length() > 1
                ? profile.displayName().substring(0, profile.displayName().length() - 1)
                : profile.displayName();
        for (int i = 0; i < schools.size(); i++) {
            SchoolDraft school = schools.get(i);
            school.id = String.format("S%04d", i + 1);
            double bearing = random.nextDouble() * 2 * Math.PI;
            double u = random.nextDouble();
            switch (school.kind) {
                case URBAN -> {
                    school.townshipIndex = -1;
                    school.location = offset(geography.seat(), geography.urbanRadiusKm() * Math.sqrt(u),
                            bearing);
                }
                case TOWN -> {
                    school.townshipIndex = townCounter++ % townships.size();
                    school.location = offset(township(school).centre(), 1.5 * Math.sqrt(u), bearing);
                }
                case VILLAGE -> {
                    school.townshipIndex = random.nextInt(townships.size());
                    school.location = offset(township(school).centre(),
                            geography.villageRadiusKm() * (0.2 + 0.8 * Math.sqrt(u)), bearing);
                }
            }
            if (school.kind == SchoolKind.URBAN && school.stage == Stage.PRIMARY
                    && urbanPrimaryNamed < geography.urbanSchoolNames().size()) {
                school.name = geography.urbanSchoolNames().get(urbanPrimaryNamed++);
            } else {
                school.name = schoolName(school, county, nameCounters);
            }
        }
    }

    private String schoolName(SchoolDraft school, String county, Map<String, Integer> counters) {
        String place = school.kind == SchoolKind.URBAN ? county : stem(township(school).name());
        if (school.kind == SchoolKind.VILLAGE) {
            String village = place + ChineseNames.place(random);
            if (school.teachingPoint) {
                return village + "教学点";
            }
            return village + switch (school.stage) {
                case PRIMARY -> "村小学";
                case JUNIOR -> "中学";
                case NINE_YEAR -> "学校";
                case SENIOR -> "高级中学";
            };
        }
        int n = counters.merge(place + "/" + school.stage, 1, Integer::sum);
        if (school.kind == SchoolKind.URBAN) {
            return place + switch (school.stage) {
                case PRIMARY -> "第" + numeral(n) + "小学";
                case JUNIOR -> "第" + numeral(n) + "中学";
                case NINE_YEAR -> n == 1 ? "实验学校" : "第" + numeral(n) + "实验学校";
                case SENIOR -> "第" + numeral(n) + "高级中学";
            };
        }
        String ordinal = n == 1 ? "" : "第" + numeral(n);
        return place + ordinal + switch (school.stage) {
            case PRIMARY -> n == 1 ? "中心小学" : "小学";
            case JUNIOR -> "中学";
            case NINE_YEAR -> "九年一贯制学校";
            case SENIOR -> "高级中学";
        };
    }

    private static String stem(String township) {
        return township.endsWith("镇") || township.endsWith("乡") ? township.substring(0, township.length() - 1)
                : township;
    }

    private static String numeral(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        if (n < 100) {
            return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十"
                    + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
        }
        return String.valueOf(n);
    }
}
