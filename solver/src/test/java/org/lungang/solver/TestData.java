package org.lungang.solver;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lungang.solver.domain.BackboneLevel;
import org.lungang.solver.domain.Degree;
import org.lungang.solver.domain.Distances;
import org.lungang.solver.domain.Eligibility;
import org.lungang.solver.domain.Exemption;
import org.lungang.solver.domain.Gender;
import org.lungang.solver.domain.GeoPoint;
import org.lungang.solver.domain.Role;
import org.lungang.solver.domain.Rotation;
import org.lungang.solver.domain.RotationPolicy;
import org.lungang.solver.domain.School;
import org.lungang.solver.domain.SchoolKind;
import org.lungang.solver.domain.Stage;
import org.lungang.solver.domain.Subject;
import org.lungang.solver.domain.Teacher;
import org.lungang.solver.domain.Tier;
import org.lungang.solver.domain.TestAccess;

/** Small builders for tests: schools on a line of longitude, teachers with sensible defaults. */
public final class TestData {

    public static final RotationPolicy POLICY = RotationPolicy.defaults();
    /** One degree of latitude is about 111 km; with no road factor distances are plain. */
    public static final Distances DISTANCES = Distances.greatCircle(1.0);

    private TestData() {
    }

    public static SchoolBuilder school(String id) {
        return new SchoolBuilder(id);
    }

    public static TeacherBuilder teacher(String id, School home) {
        return new TeacherBuilder(id, home);
    }

    /** A rotation under the default policy, with staffing of its school untouched. */
    public static Rotation rotation(Teacher teacher) {
        return rotation(teacher, POLICY);
    }

    public static Rotation rotation(Teacher teacher, RotationPolicy policy) {
        return new Rotation(teacher, Eligibility.of(teacher, policy), policy, DISTANCES);
    }

    public static Rotation moving(Teacher teacher, School destination) {
        return moving(teacher, destination, POLICY);
    }

    /** A move under another policy: the rules that test one move read the rotation's own policy. */
    public static Rotation moving(Teacher teacher, School destination, RotationPolicy policy) {
        Rotation rotation = rotation(teacher, policy);
        rotation.setDestination(destination);
        return rotation;
    }

    /** A move measured by the given distances (e.g. a matrix with an exact figure) instead of {@link #DISTANCES}. */
    public static Rotation moving(Teacher teacher, School destination, Distances distances) {
        Rotation rotation = new Rotation(teacher, Eligibility.of(teacher, POLICY), POLICY, distances);
        rotation.setDestination(destination);
        return rotation;
    }

    /** Distances whose matrix holds one pair of schools, in km; other pairs fall back to the great circle. */
    public static Distances matrix(String fromSchoolId, String toSchoolId, double km) {
        return new Distances(1.0, Map.of(fromSchoolId, Map.of(toSchoolId, km)));
    }

    public static final class SchoolBuilder {
        private final String id;
        private SchoolKind kind = SchoolKind.URBAN;
        private Stage stage = Stage.PRIMARY;
        private Tier tier = Tier.ORDINARY;
        private String alliance;
        private double latitude = 30.0;
        private int students = 500;
        private final Map<Subject, Integer> posts = new EnumMap<>(Subject.class);
        private final Map<Subject, Integer> staff = new EnumMap<>(Subject.class);
        private int beds;
        private Integer capacity;

        private SchoolBuilder(String id) {
            this.id = id;
        }

        public SchoolBuilder kind(SchoolKind v) { kind = v; return this; }
        public SchoolBuilder stage(Stage v) { stage = v; return this; }
        public SchoolBuilder tier(Tier v) { tier = v; return this; }
        public SchoolBuilder alliance(String v) { alliance = v; return this; }
        /** Kilometres north of the county seat (along the meridian). */
        public SchoolBuilder kmNorth(double km) { latitude = 30.0 + km / 111.19508; return this; }
        public SchoolBuilder students(int v) { students = v; return this; }
        public SchoolBuilder beds(int v) { beds = v; return this; }
        public SchoolBuilder capacity(Integer v) { capacity = v; return this; }

        /** Posts and staff before the plan for one subject. */
        public SchoolBuilder subject(Subject subject, int postCount, int staffCount) {
            posts.put(subject, postCount);
            staff.put(subject, staffCount);
            return this;
        }

        public School build() {
            School school = new School(id, id, kind, stage, tier, alliance, new GeoPoint(latitude, 110.0), students,
                    posts, beds, capacity);
            TestAccess.initStaff(school, staff);
            return school;
        }
    }

    public static final class TeacherBuilder {
        private final String id;
        private final School home;
        private Subject subject = Subject.MATH;
        private Role role = Role.TEACHER;
        private Gender gender = Gender.FEMALE;
        private int age = 40;
        private int years = 8;
        private BackboneLevel backbone = BackboneLevel.NONE;
        private Degree degree = Degree.BACHELOR;
        private Set<Exemption> exemptions = Set.of();
        private boolean onEstablishment = true;
        private boolean volunteer;
        private String team;
        private String partner;
        private List<String> preferred = List.of();
        private GeoPoint homeLocation;
        private org.lungang.solver.domain.Exchange exchange;
        private List<org.lungang.solver.domain.RotationRecord> history = List.of();

        private TeacherBuilder(String id, School home) {
            this.id = id;
            this.home = home;
        }

        public TeacherBuilder subject(Subject v) { subject = v; return this; }
        public TeacherBuilder role(Role v) { role = v; return this; }
        public TeacherBuilder gender(Gender v) { gender = v; return this; }
        public TeacherBuilder age(int v) { age = v; return this; }
        public TeacherBuilder years(int v) { years = v; return this; }
        public TeacherBuilder backbone(BackboneLevel v) { backbone = v; return this; }
        public TeacherBuilder degree(Degree v) { degree = v; return this; }
        public TeacherBuilder exemptions(Exemption... v) { exemptions = Set.of(v); return this; }
        public TeacherBuilder offEstablishment() { onEstablishment = false; return this; }
        public TeacherBuilder volunteer() { volunteer = true; return this; }
        public TeacherBuilder team(String v) { team = v; return this; }
        public TeacherBuilder partner(String v) { partner = v; return this; }
        public TeacherBuilder prefers(String... v) { preferred = List.of(v); return this; }
        public TeacherBuilder homeAt(GeoPoint v) { homeLocation = v; return this; }
        public TeacherBuilder exchange(org.lungang.solver.domain.Exchange v) { exchange = v; return this; }
        public TeacherBuilder history(org.lungang.solver.domain.RotationRecord... v) { history = List.of(v); return this; }

        public Teacher build() {
            return new Teacher(id, id, home, subject, role, gender, age, years, backbone, degree,
                    org.lungang.solver.domain.Title.FIRST_GRADE, homeLocation, exemptions, onEstablishment, volunteer,
                    team, partner, preferred, exchange, history);
        }
    }
}
