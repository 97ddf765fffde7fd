package org.rulescape.core.engine;

import java.util.Locale;
import org.rulescape.core.model.ExperimentConfig;

/** Creates the meta-gradient kernel that a configuration asks for. */
public final class MetaGradients {
    private MetaGradients() {
    }

    /**
     * Returns a new kernel for one worker thread, sized for {@code config}: {@link DoubleKernel}
     * for {@code DOUBLE}; for {@code FLOAT}, when the Vector API is enabled (see
     * {@link VectorSupport}), a kernel that starts with {@link FloatKernel} and moves to the
     * vector kernel once {@link VectorWarmup} has compiled it, and {@link FloatKernel} otherwise.
     * The float kernels give bitwise equal results. The system property
     * {@value VectorSupport#KERNEL_PROPERTY} set to {@code scalar} or {@code vector} forces one of
     * them from the first evaluation.
     *
     * @throws IllegalStateException when {@code vector} is forced but the Vector API is not enabled
     */
    public static MetaGradient create(ExperimentConfig config) {
        return switch (config.precision()) {
            case DOUBLE -> new DoubleKernel(config);
            case FLOAT -> switch (floatKernel()) {
                case "vector" -> new VectorKernel(config);
                case "switching" -> new SwitchingFloatKernel(config);
                default -> new FloatKernel(config);
            };
        };
    }

    /** Names the float kernel that {@link #create} uses in this JVM, for logs and benchmarks. */
    public static String floatKernelName() {
        return switch (floatKernel()) {
            case "vector" -> "vector (" + VectorLanesInfo.lanes() + " tasks per instruction)";
            case "switching" -> "scalar, then vector (" + VectorLanesInfo.lanes()
                    + " tasks per instruction) once compiled";
            default -> "scalar (start java with --add-modules " + VectorSupport.MODULE
                    + " for the vector kernel)";
        };
    }

    /**
     * Starts compiling the vector kernel in the background (see {@link VectorWarmup}), for callers
     * about to run a large batch; does nothing without the Vector API or when the scalar kernel
     * is forced.
     */
    public static void prepare() {
        if (!floatKernel().equals("scalar")) {
            VectorWarmup.start();
        }
    }

    /**
     * Starts compiling the vector kernel, as {@link #prepare} does, and waits up to
     * {@code millis} for it. Returns whether it is compiled; an interrupt ends the wait early and
     * stays set on the thread.
     */
    public static boolean prepareAndAwait(long millis) {
        prepare();
        try {
            return VectorWarmup.awaitReady(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return VectorWarmup.isReady();
        }
    }

    /** Returns "scalar", "vector" or "switching" from the system property and the JVM. */
    private static String floatKernel() {
        String choice = System.getProperty(VectorSupport.KERNEL_PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        return switch (choice) {
            case "auto" -> VectorSupport.available() ? "switching" : "scalar";
            case "scalar" -> "scalar";
            case "vector" -> {
                if (!VectorSupport.available()) {
                    throw new IllegalStateException("-D" + VectorSupport.KERNEL_PROPERTY + "=vector needs the "
                            + "Vector API; start java with --add-modules " + VectorSupport.MODULE);
                }
                yield "vector";
            }
            default -> throw new IllegalStateException("-D" + VectorSupport.KERNEL_PROPERTY + "=" + choice
                    + " is not a kernel; use auto, vector or scalar");
        };
    }

    /** Keeps the Vector API types out of this class, which must load without the module. */
    private static final class VectorLanesInfo {
        static int lanes() {
            return VectorLanes.L;
        }
    }
}
