package org.lungang.solver.domain;

import java.util.Map;

/**
 * The one place where distances are computed: a supplied travel-distance matrix between schools where it has the
 * pair, otherwise the great-circle distance times the policy's road factor.
 */
public final class Distances {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private final double roadFactor;
    private final Map<String, Map<String, Double>> schoolMatrixKm;

    /**
     * @param roadFactor road distance over great-circle distance
     * @param schoolMatrixKm travel distance in km from school id to school id; may be empty or partial
     */
    public Distances(double roadFactor, Map<String, Map<String, Double>> schoolMatrixKm) {
        this.roadFactor = roadFactor;
        this.schoolMatrixKm = schoolMatrixKm == null ? Map.of() : schoolMatrixKm;
    }

    public static Distances greatCircle(double roadFactor) {
        return new Distances(roadFactor, Map.of());
    }

    /** The supplied travel distances in km, school id to school id, as given (may be empty). */
    public Map<String, Map<String, Double>> getSchoolMatrixKm() {
        return schoolMatrixKm;
    }

    /** Great-circle distance in km (haversine). */
    public static double greatCircleKm(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /** Travel distance between two schools. */
    public double betweenSchools(School from, School to) {
        if (from == to) {
            return 0.0;
        }
        Double matrix = lookUp(from.getId(), to.getId());
        return matrix != null ? matrix : roadKm(from.getLocation(), to.getLocation());
    }

    /**
     * The teacher's commute to a school: from the home address by road factor when one is known, otherwise from the
     * home school (by the matrix if it has the pair).
     */
    public double commute(Teacher teacher, School to) {
        if (teacher.homeLocation() != null) {
            return roadKm(teacher.homeLocation(), to.getLocation());
        }
        return betweenSchools(teacher.homeSchool(), to);
    }

    private double roadKm(GeoPoint a, GeoPoint b) {
        return greatCircleKm(a, b) * roadFactor;
    }

    private Double lookUp(String fromId, String toId) {
        Map<String, Double> row = schoolMatrixKm.get(fromId);
        Double km = row == null ? null : row.get(toId);
        if (km == null) {
            Map<String, Double> reverse = schoolMatrixKm.get(toId);
            km = reverse == null ? null : reverse.get(fromId);
        }
        return km;
    }
}
