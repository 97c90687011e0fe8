package org.lungang.solver.domain;

/** A WGS-84 coordinate in decimal degrees. */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("Impossible coordinate (" + latitude + ", " + longitude + ")");
        }
    }
}
