package org.lungang.data.generator;

import org.lungang.solver.domain.Distances;
import org.lungang.solver.domain.GeoPoint;

/** Flat-earth offsets for placing schools and homes, and great-circle distances between them. */
final class Geometry {

    private static final double KM_PER_DEGREE = 111.32;

    private Geometry() {
    }

    /** The point {@code km} away from {@code from} in the direction of {@code bearing} (radians from north). */
    static GeoPoint offset(GeoPoint from, double km, double bearing) {
        double latitude = from.latitude() + km * Math.cos(bearing) / KM_PER_DEGREE;
        double longitude = from.longitude()
                + km * Math.sin(bearing) / (KM_PER_DEGREE * Math.cos(Math.toRadians(from.latitude())));
        return new GeoPoint(Math.max(-90, Math.min(90, latitude)), longitude);
    }

    static double km(GeoPoint a, GeoPoint b) {
        return Distances.greatCircleKm(a, b);
    }
}
