package io.cotasks.ingest.video;

/**
 * SORT's constant-velocity Kalman filter on a box's centre {@code (cx, cy)}, area {@code s} and aspect ratio
 * {@code r} (Bewley et al. 2016), with SORT's noise settings. SORT's 7-state model is block diagonal (its
 * transition, measurement and all noise matrices never couple cx, cy, s and r), so it is computed exactly as
 * three independent position/velocity filters and one static filter: same numbers, no matrix library.
 */
final class KalmanBoxFilter {

    private final Axis cx;
    private final Axis cy;
    private final Axis area;
    /** Aspect ratio w/h: a static state with process noise 1 and measurement noise 10. */
    private double ratio;
    private double ratioVar;

    KalmanBoxFilter(double x1, double y1, double x2, double y2) {
        double[] z = measurement(x1, y1, x2, y2);
        cx = new Axis(z[0], 1, 1, 0.01);
        cy = new Axis(z[1], 1, 1, 0.01);
        area = new Axis(z[2], 10, 1, 1e-4);
        ratio = z[3];
        ratioVar = 10;
    }

    /** Advances one sampled frame and returns the predicted box {@code [x1,y1,x2,y2]}. */
    double[] predict() {
        if (area.position + area.velocity <= 0) {
            area.velocity = 0;
        }
        cx.predict();
        cy.predict();
        area.predict();
        ratioVar += 1;
        return box();
    }

    /** Corrects the state with an observed box. */
    void update(double x1, double y1, double x2, double y2) {
        double[] z = measurement(x1, y1, x2, y2);
        cx.update(z[0]);
        cy.update(z[1]);
        area.update(z[2]);
        double gain = ratioVar / (ratioVar + 10);
        ratio += gain * (z[3] - ratio);
        ratioVar *= 1 - gain;
    }

    /** The current state as a box {@code [x1,y1,x2,y2]}. */
    double[] box() {
        double s = Math.max(area.position, 1e-6);
        double w = Math.sqrt(s * Math.max(ratio, 1e-6));
        double h = s / w;
        return new double[] {cx.position - w / 2, cy.position - h / 2, cx.position + w / 2, cy.position + h / 2};
    }

    private static double[] measurement(double x1, double y1, double x2, double y2) {
        double w = x2 - x1;
        double h = y2 - y1;
        return new double[] {x1 + w / 2, y1 + h / 2, w * h, w / h};
    }

    /** One position/velocity pair: F = [[1,1],[0,1]], H = [1,0]. */
    private static final class Axis {
        double position;
        double velocity;
        private double p00;
        private double p01;
        private double p11;
        private final double measurementNoise;
        private final double positionNoise;
        private final double velocityNoise;

        Axis(double initial, double measurementNoise, double positionNoise, double velocityNoise) {
            this.position = initial;
            this.measurementNoise = measurementNoise;
            this.positionNoise = positionNoise;
            this.velocityNoise = velocityNoise;
            // SORT: P = diag(10, 10*1000): unknown initial velocity
            this.p00 = 10;
            this.p11 = 10_000;
        }

        void predict() {
            position += velocity;
            double n00 = p00 + 2 * p01 + p11 + positionNoise;
            double n01 = p01 + p11;
            double n11 = p11 + velocityNoise;
            p00 = n00;
            p01 = n01;
            p11 = n11;
        }

        void update(double z) {
            double s = p00 + measurementNoise;
            double k0 = p00 / s;
            double k1 = p01 / s;
            double residual = z - position;
            position += k0 * residual;
            velocity += k1 * residual;
            double n00 = (1 - k0) * p00;
            double n01 = (1 - k0) * p01;
            double n11 = p11 - k1 * p01;
            p00 = n00;
            p01 = n01;
            p11 = n11;
        }
    }
}
