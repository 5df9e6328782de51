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

/// `train` with `solver_type` 5 (L1R_L2LOSS_SVC) or 6 (L1R_LR), C for both classes, unit sample
/// weights, `eps` and `max_iter` as in `parameter`: writes the weights (class 1 positive; the bias
/// weight last) to `w` (d + 1 values with a bias, else d) and returns liblinear's `n_iter`.
/// Draws the coordinate order from the generator `set_seed` seeds, as `train` does.
int l1_dense_train(const l1_dense_problem *problem, int solver_type, double C, double eps, int max_iter, double *w);

void l1_dense_destroy(l1_dense_problem *problem);

#ifdef __cplusplus
}
#endif

#endif
