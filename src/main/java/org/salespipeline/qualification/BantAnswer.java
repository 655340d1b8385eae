package org.salespipeline.qualification;

/** How far one BANT criterion is established, with the points it adds to the score. */
public enum BantAnswer {
    UNKNOWN(0),
    PARTIAL(0.5),
    CONFIRMED(1);

    private final double points;

    BantAnswer(double points) {
        this.points = points;
    }

    public double points() {
        return points;
    }
}
