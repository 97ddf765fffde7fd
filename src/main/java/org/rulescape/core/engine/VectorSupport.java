package org.rulescape.core.engine;

/**
 * Whether the vector kernel can run in this JVM. The Vector API is an incubator module in Java 17:
 * it is present only when the JVM starts with {@code --add-modules jdk.incubator.vector}, as the
 * launcher, the Maven plugins and the tests do. Without it, {@link MetaGradients} falls back to
 * {@link FloatKernel}, which gives bitwise the same results, more slowly.
 *
 * <p>This class names no Vector API type, so it loads in any JVM.
 */
public final class VectorSupport {
    /** The module that contains the Vector API. */
    public static final String MODULE = "jdk.incubator.vector";
    /**
     * System property that selects the kernel for float runs: {@code auto} (the default; the
     * vector kernel when available), {@code vector} or {@code scalar}.
     */
    public static final String KERNEL_PROPERTY = "rulescape.kernel";

    private VectorSupport() {
    }

    /** True when the Vector API module is in the boot layer. */
    public static boolean available() {
        return ModuleLayer.boot().findModule(MODULE).isPresent();
    }
}
