/**
 * Meta-gradient kernels: the meta-objective J(alpha) of a batch of tasks and its exact gradient
 * through the unrolled inner loop. {@link org.rulescape.core.engine.MetaGradients#create} picks
 * the float production kernel or the double reference kernel from the configuration.
 */
package org.rulescape.core.engine;
