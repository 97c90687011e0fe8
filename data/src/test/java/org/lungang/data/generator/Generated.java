package org.lungang.data.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lungang.solver.domain.Exemption;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.Teacher;

/** Generated counties shared by the tests (each profile generated once per JVM), and their canonical text. */
final class Generated {

    static final long SEED = 20_250_901L;

    private static final Map<String, GeneratedCounty> CACHE = new HashMap<>();

    private Generated() {
    }

    static synchronized GeneratedCounty county(String profile) {
        return CACHE.computeIfAbsent(profile, name -> CountyGenerator.generate(CountyProfile.named(name), SEED));
    }

    /** Every field the generator sets, one line per school and per teacher, in roster order. */
    static String canonical(GeneratedCounty county) {
        StringBuilder text = new StringBuilder(county.name()).append('|').append(county.year()).append('\n');
        for (School s : county.plan().getSchools()) {
            text.append(String.join("|", s.getId(), s.getName(), s.getKind().name(), s.getStage().name(),
                    s.getTier().name(), String.valueOf(s.getAllianceId()), String.valueOf(s.getLocation()),
                    String.valueOf(s.getStudents()), String.valueOf(s.getPosts()), String.valueOf(s.getHousingBeds()),
                    String.valueOf(s.getReceivingCapacity()))).append('\n');
        }
        for (Teacher t : county.plan().getTeachers()) {
            List<Exemption> exemptions = new ArrayList<>(t.exemptions());
            exemptions.sort(null);
            text.append(String.join("|", t.id(), t.name(), t.homeSchool().getId(), t.subject().name(),
                    t.role().name(), t.gender().name(), String.valueOf(t.age()), String.valueOf(t.yearsAtSchool()),
                    t.backboneLevel().name(), t.degree().name(), t.title().name(), String.valueOf(t.homeLocation()),
                    exemptions.toString(), String.valueOf(t.onEstablishment()), String.valueOf(t.volunteer()),
                    String.valueOf(t.teamId()), String.valueOf(t.partnerId()), t.preferredSchoolIds().toString(),
                    String.valueOf(t.exchange())))
                    .append('\n');
        }
        return text.toString();
    }
}
