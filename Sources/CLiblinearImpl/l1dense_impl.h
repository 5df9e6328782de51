// What l1dense.cpp, l1hinge.cpp and l1logistic.cpp share (not a public header of the module).
#pragma once
#include "l1dense.h"
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

// liblinear's bounded_rand_int, from vendor/linear.cpp (which owns the thread-local generator).
extern "C" uint32_t liblinear_bounded_rand_int(uint32_t range);
extern "C" void set_seed(unsigned custom_seed);

struct l1_dense_problem {
    int l, d, e0;            // rows, features, rows of class 0 (the first ones)
    double bias;             // the bias feature's value; none when ≤ 0 (else exactly a float)
    std::vector<float> rows; // l × d, row-major
    std::vector<float> cols; // w_size × l, column-major: the d features, then the bias column
    int wSize() const { return d + (bias > 0 ? 1 : 0); }
    const float *column(int j) const { return cols.data() + (size_t)j * l; }
};

namespace l1dense {

// acc[j] += c·x (square: c·x·x) over rows [from, to), vectorized across the columns j.
void scaledSums(const float *rows, int from, int to, int d, double c, bool square, double *acc);

// liblinear's random coordinate order: a Fisher-Yates pass over index[0..<n].
inline void shuffle(int *index, int n) {
    for (int j = 0; j < n; j++) std::swap(index[j + (int)liblinear_bounded_rand_int(n - j)], index[j]);
}

// Both solvers' optimality violation of a weight wj with gradient G (Gp = G + 1, Gn = G − 1),
// or, true, a zero weight leaving the active set (shrinking, bound Gmax_old / l): index[s] is
// swapped past the shrunk end, and s steps back so that the caller's `continue` visits the
// column swapped in.
inline bool shrinks(double Gp, double Gn, double wj, double Gmax_old, int l, int *index, int &s, int &active,
                    double &violation) {
    violation = 0;
    if (wj == 0) {
        if (Gp < 0) violation = -Gp;
        else if (Gn > 0) violation = Gn;
        else if (Gp > Gmax_old / l && Gn < -Gmax_old / l) {
            active--;
            std::swap(index[s], index[active]);
            s--;
            return true;
        }
    } else if (wj > 0) violation = fabs(Gp);
    else violation = fabs(Gn);
    return false;
}

// solve_l1r_l2_svc with C on both classes (l1hinge.cpp), its coordinate order drawn from the
// generator set_seed seeds.
int squaredHingeL1(const l1_dense_problem *p, double *w, double eps, double C, int max_iter);
// solve_l1r_lr with C on both classes for the n fits (problems[k], Cs[k], eps[k]) (l1logistic.cpp),
// fit k's coordinate order from a generator seeded with seeds[k]: its weights to
// w + k·wSize() (every problem has the same width), its n_iter to iterations[k].
void logisticL1Fits(const l1_dense_problem *const *problems, const double *Cs, const unsigned *seeds, const double *eps,
                    int n, int max_newton_iter, double *w, int *iterations);

} // namespace l1dense
