package org.lungang.solver.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A school: a problem fact. Its staffing before the plan ({@link #staffBefore(Subject)}) is derived from the roster
 * once, when the {@link RotationPlan} is created, and never changes afterwards.
 */
public final class School {

    private final String id;
    private final String name;
    private final SchoolKind kind;
    private final Stage stage;
    private final Tier tier;
    private final String allianceId;
    private final GeoPoint location;
    private final int students;
    private final Map<Subject, Integer> posts;
    private final int housingBeds;
    private final Integer receivingCapacity;

    private final int[] postsBySubject;
    private Map<Subject, Integer> staffBefore = Map.of();
    private int[] staffBeforeBySubject = new int[Subject.values().length];
    private int totalStaffBefore;
    private int ongoingSecondees;
    private int awayOnExchange;
    /** Its position in the plan's list of schools, or -1 before a plan places it ({@link Reachability#indexOf}). */
    private int position = -1;

    /**
     * @param allianceId the alliance or education group (联盟/协作体/集团), or null
     * @param posts approved teaching posts (编制岗位) per subject
     * @param housingBeds beds of turnover housing (周转房) for teachers placed beyond the commute limit
     * @param receivingCapacity most rotated teachers the school can take in this year, or null for no limit beyond
     *        its posts
     */
    public School(String id, String name, SchoolKind kind, Stage stage, Tier tier, String allianceId,
            GeoPoint location, int students, Map<Subject, Integer> posts, int housingBeds, Integer receivingCapacity) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = name == null ? id : name;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.tier = Objects.requireNonNull(tier, "tier");
        this.allianceId = allianceId;
        this.location = Objects.requireNonNull(location, "location");
        this.students = students;
        this.posts = posts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(posts));
        this.postsBySubject = bySubject(posts);
        this.housingBeds = housingBeds;
        this.receivingCapacity = receivingCapacity;
    }

    /** Called once by {@link RotationPlan#of}: the staff per subject before any move (principals excluded). */
    void initStaffBefore(Map<Subject, Integer> staffBySubject) {
        this.staffBefore = staffBySubject.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(staffBySubject));
        this.staffBeforeBySubject = bySubject(staffBySubject);
        this.totalStaffBefore = staffBySubject.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Called once by {@link RotationPlan#of}: teachers here this year on a secondment term begun earlier. */
    void initOngoingSecondees(int count) {
        this.ongoingSecondees = count;
    }

    /** Called once by {@link RotationPlan#of}: its own teachers away on exchange this year, principals excluded. */
    void initAwayOnExchange(int count) {
        this.awayOnExchange = count;
    }

    /** Called once by {@link Reachability}: its position in the plan's list of schools. */
    void initPosition(int position) {
        this.position = position;
    }

    int position() {
        return position;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public SchoolKind getKind() {
        return kind;
    }

    public Stage getStage() {
        return stage;
    }

    public Tier getTier() {
        return tier;
    }

    public String getAllianceId() {
        return allianceId;
    }

    public GeoPoint getLocation() {
        return location;
    }

    public int getStudents() {
        return students;
    }

    public Map<Subject, Integer> getPosts() {
        return posts;
    }

    public int posts(Subject subject) {
        return postsBySubject[subject.ordinal()];
    }

    public int getHousingBeds() {
        return housingBeds;
    }

    public Integer getReceivingCapacity() {
        return receivingCapacity;
    }

    public int staffBefore(Subject subject) {
        return staffBeforeBySubject[subject.ordinal()];
    }

    /** A count per subject by its ordinal: the score reads posts and staff on every move. */
    private static int[] bySubject(Map<Subject, Integer> counts) {
        int[] bySubject = new int[Subject.values().length];
        counts.forEach((subject, count) -> bySubject[subject.ordinal()] = count);
        return bySubject;
    }

    public Map<Subject, Integer> getStaffBefore() {
        return staffBefore;
    }

    /** Teaching staff before the plan, principals excluded. */
    public int getTotalStaffBefore() {
        return totalStaffBefore;
    }

    /**
     * Teachers from other schools here this year on a training secondment begun in an earlier year (or extended):
     * they take no post, but count in the host's secondment cap ({@link SecondmentCap}).
     */
    public int getOngoingSecondees() {
        return ongoingSecondees;
    }

    /**
     * Its own teachers (principals excluded) serving at another school this year on a term begun earlier (or
     * extended): on its roster, counted in its rotation quota when the policy says so ({@link Quotas}).
     */
    public int getAwayOnExchange() {
        return awayOnExchange;
    }

    /** Posts of this subject still open before the plan: the shortage (缺编) the plan can fill. */
    public int openPostsBefore(Subject subject) {
        return Math.max(0, posts(subject) - staffBefore(subject));
    }

    public boolean isInSameAllianceAs(School other) {
        return allianceId != null && allianceId.equals(other.allianceId);
    }

    @Override
    public String toString() {
        return id;
    }
}
