// Local change (Swift Decoding, not in scikit-learn): liblinear's two l1 solvers
// (solve_l1r_l2_svc, `LinearSVC(penalty='l1')`, and solve_l1r_lr, logistic regression with an
// l1 penalty) on a dense two-class problem, without liblinear's sparse rows.
//
// `train` would copy the rows into feature nodes, group them by class and transpose them for
// every fit; here one problem is built once (grouped as `group_classes` orders it: the rows of
// class 0, then those of class 1, each in the given order) and trained for any number of Cs.
// The solvers are scikit-learn 1.9.1's, step for step, with the same random coordinate order:
// every sum adds the same products in the same order (sums down a column are vectorized across
// columns, never across rows), without fused multiply-adds, so `w` and the iteration count are
// bit-identical to `train`'s on the same rows (bench/liblinear/run, scripts/golden/).
#ifndef LIBLINEAR_L1DENSE_H
#define LIBLINEAR_L1DENSE_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct l1_dense_problem l1_dense_problem;

/// The rows `rows[0..<l]` of the row-major float matrix `x` (d columns) with class codes
/// `codes[0..<l]` (0 or 1), and a last column of `bias` when `bias` > 0 (liblinear's bias
/// feature). NULL when the problem is not one this path reproduces exactly: a zero value (the
/// sparse rows skip it), a class missing, a code other than 0 and 1.
l1_dense_problem *l1_dense_create(const float *x, int d, const int *rows, const int *codes, int l, double bias);

/// `train` with `solver_type` 5 (L1R_L2LOSS_SVC) or 6 (L1R_LR) for each fit k < n: the problem
/// `problems[k]`, C = `Cs[k]` for both classes, unit sample weights, `eps` and `max_iter` as in
/// `parameter`, after `set_seed(seeds[k])` (the coordinate order). Writes fit k's weights (class 1
/// positive; the bias weight last) to `w + k·width` (width d + 1 with a bias, else d; the same for
/// every problem) and liblinear's `n_iter` to `iterations[k]`. Returns 0, or -1 for another
/// solver or unequal widths. The logistic fits run interleaved (l1logistic.cpp), each with its own
/// generator; the squared hinge's one after the other, on liblinear's thread-local generator.
int l1_dense_train_fits(const l1_dense_problem *const *problems, int solver_type, const double *Cs, const unsigned *seeds,
                        int n, double eps, int max_iter, double *w, int *iterations);

void l1_dense_destroy(l1_dense_problem *problem);

#ifdef __cplusplus
}
#endif

#endif
