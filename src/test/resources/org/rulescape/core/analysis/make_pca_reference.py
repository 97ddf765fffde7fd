"""Generates reference values for the Java PCA and distance tests with numpy.

Run from this folder:  python3 make_pca_reference.py
It writes, for each case, <case>.csv (the input matrix, one row per seed, full precision)
and <case>.json (explained-variance ratios from an SVD of the centered matrix, their
cumulative sums, D at 0.5 / 0.9 / 0.99, the pairwise distance mean and population standard
deviation over distinct pairs, and the row norms).
"""
import json

import numpy as np


def reference(x):
    centered = x - x.mean(axis=0)
    singular = np.linalg.svd(centered, compute_uv=False)
    variance = singular ** 2
    m = min(x.shape[0] - 1, x.shape[1])
    ratios = variance[:m] / np.sum(centered ** 2)
    cumulative = np.cumsum(ratios)
    dims = {str(t): int(np.argmax(cumulative >= t - 1e-12) + 1) for t in (0.5, 0.9, 0.99)}
    diff = x[:, None, :] - x[None, :, :]
    distances = np.sqrt(np.sum(diff ** 2, axis=-1))
    upper = distances[np.triu_indices(x.shape[0], k=1)]
    return {
        "rows": x.shape[0],
        "columns": x.shape[1],
        "ratios": ratios.tolist(),
        "cumulative": cumulative.tolist(),
        "dimensions": dims,
        "distance_mean": float(upper.mean()),
        "distance_std": float(upper.std()),
        "norms": np.linalg.norm(x, axis=1).tolist(),
        "numpy_version": np.__version__,
    }


def write(name, x):
    np.savetxt(name + ".csv", x, delimiter=",", fmt="%.17g")
    with open(name + ".json", "w") as out:
        json.dump(reference(x), out, indent=2)
        out.write("\n")


def main():
    rng = np.random.default_rng(20240601)
    # Ten "alphas" of length 81 near a 3-dimensional subspace, plus noise and uneven column scales.
    basis = rng.normal(size=(3, 81))
    coefficients = rng.normal(size=(10, 3)) * np.array([2.0, 1.0, 0.5])
    seeds = coefficients @ basis + 0.1 * rng.normal(size=(10, 81)) + rng.normal(size=81)
    write("pca_10x81", seeds)
    # More rows than columns: at most P components.
    write("pca_12x5", rng.normal(size=(12, 5)) * np.array([3.0, 1.0, 1.0, 0.3, 0.1]))


if __name__ == "__main__":
    main()
