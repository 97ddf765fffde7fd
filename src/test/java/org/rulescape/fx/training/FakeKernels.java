package org.rulescape.fx.training;

import java.util.Arrays;
import org.rulescape.core.engine.MetaGradient;

/** Meta-gradient stand-ins for tests: a smooth bowl, optionally slowed down per evaluation. */
final class FakeKernels {
    private FakeKernels() {
    }

    /** J(alpha) = 0.1 + ||alpha - 0.5||^2 / n with its exact gradient; sleeps {@code millis} per call. */
    static MetaGradient bowl(long millis) {
        return (alpha, batch, gradient) -> {
            if (millis > 0) {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            double sum = 0;
            for (int i = 0; i < alpha.length; i++) {
                double d = alpha[i] - 0.5;
                sum += d * d;
                gradient[i] = 2 * d / alpha.length;
            }
            return 0.1 + sum / alpha.length;
        };
    }

    /** Returns NaN from the third call on. */
    static MetaGradient divergingAtStep2() {
        int[] calls = {0};
        return (alpha, batch, gradient) -> {
            Arrays.fill(gradient, 0.01);
            return calls[0]++ < 2 ? 1.0 : Double.NaN;
        };
    }
}
