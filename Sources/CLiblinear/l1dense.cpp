// See l1dense.h. No fused multiply-add anywhere: scikit-learn's liblinear rounds each product.
#pragma STDC FP_CONTRACT OFF
#include "simd_clones.h"
#include "l1dense.h"
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

// liblinear's bounded_rand_int, from vendor/linear.cpp (which owns the thread-local generator).
extern "C" uint32_t liblinear_bounded_rand_int(uint32_t range);

struct l1_dense_problem {
    int l, d, e0;            // rows, features, rows of class 0 (the first ones)
    double bias;             // the bias feature's value; none when ≤ 0
    std::vector<float> rows; // l × d, row-major
    std::vector<float> cols; // d × l, column-major
};

l1_dense_problem *l1_dense_create(const float *x, int d, const int *rows, const int *codes, int l, double bias) {
    if (d <= 0 || l <= 0) return nullptr;
    std::vector<int> order;
    order.reserve(l);
    for (int c = 0; c < 2; c++)
        for (int i = 0; i < l; i++)
            if (codes[i] == c) order.push_back(rows[i]);
    const int e0 = (int)std::count(codes, codes + l, 0);
    if ((int)order.size() != l || e0 == 0 || e0 == l) return nullptr;
    auto *p = new l1_dense_problem{l, d, e0, bias, std::vector<float>((size_t)l * d), std::vector<float>((size_t)d * l)};
    for (int i = 0; i < l; i++) {
        const float *r = x + (size_t)order[i] * d;
        float *o = p->rows.data() + (size_t)i * d;
        for (int j = 0; j < d; j++) {
            if (r[j] == 0 || !std::isfinite(r[j])) { delete p; return nullptr; }
            o[j] = r[j];
        }
    }
    const int tile = 64;
    for (int i0 = 0; i0 < l; i0 += tile)
        for (int j0 = 0; j0 < d; j0 += tile)
            for (int j = j0; j < std::min(d, j0 + tile); j++)
                for (int i = i0; i < std::min(l, i0 + tile); i++) p->cols[(size_t)j * l + i] = p->rows[(size_t)i * d + j];
    return p;
}

void l1_dense_destroy(l1_dense_problem *problem) { delete problem; }

namespace {

const double INF = HUGE_VAL;

// A column read in row order: the data's floats (widened, exact), or the bias constant.
struct FloatColumn {
    const float *f;
    double operator[](int i) const { return (double)f[i]; }
};
struct ConstantColumn {
    double c;
    double operator[](int) const { return c; }
};

template <class F> inline auto withColumn(const l1_dense_problem *p, int j, F &&f) {
    if (j < p->d) return f(FloatColumn{p->cols.data() + (size_t)j * p->l});
    return f(ConstantColumn{p->bias});
}

// Sums down every data column at once, vectorized across the columns: each column's sum adds
// its rows in order, as liblinear's column loops do.
// hd[j] += x·x·D[i] and tg[j] += x·tau[i] over rows i (solve_l1r_lr's Hdiag and gradient sums).
LIBLINEAR_SIMD_CLONES void logisticSums(
    const float *__restrict rows, int l, int d, const double *__restrict D, const double *__restrict tau,
    double *__restrict hd, double *__restrict tg) {
    for (int i = 0; i < l; i++) {
        const float *r = rows + (size_t)i * d;
        const double Di = D[i], ti = tau[i];
        for (int j = 0; j < d; j++) {
            const double v = r[j];
            hd[j] += v * v * Di;
            tg[j] += v * ti;
        }
    }
}

// acc[j] += c·x (square: c·x·x) over rows [from, to).
LIBLINEAR_SIMD_CLONES void scaledSums(
    const float *__restrict rows, int from, int to, int d, double c, bool square, double *__restrict acc) {
    for (int i = from; i < to; i++) {
        const float *r = rows + (size_t)i * d;
        if (square)
            for (int j = 0; j < d; j++) acc[j] += c * (double)r[j] * (double)r[j];
        else
            for (int j = 0; j < d; j++) acc[j] += c * (double)r[j];
    }
}

// Column sums of one column (the bias), in row order.
template <class Col> void scaledColumnSum(Col x, int from, int to, double c, bool square, double &acc) {
    for (int i = from; i < to; i++) acc += square ? c * x[i] * x[i] : c * x[i];
}

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

// ---- solve_l1r_lr (logistic loss, l1 penalty), vendor/linear.cpp, on dense columns ----

int logisticL1(const l1_dense_problem *p, double *w, double eps, double Cp, double Cn, int max_newton_iter) {
    const int l = p->l, nf = p->d, w_size = nf + (p->bias > 0 ? 1 : 0), e0 = p->e0;
    int j, s, newton_iter = 0, iter = 0;
    const int max_iter = 1000, max_num_linesearch = 20;
    int active_size, QP_active_size, QP_no_change = 0;
    const double nu = 1e-12, sigma = 0.01;
    double inner_eps = 1;
    double w_norm, w_norm_new, z, G, H;
    double Gnorm1_init = -1.0, Gmax_old = INF, Gmax_new, Gnorm1_new;
    double QP_Gmax_old = INF, QP_Gmax_new, QP_Gnorm1_new;
    double delta, negsum_xTd, cond;
    std::vector<int> index(w_size);
    std::vector<double> Hdiag(w_size), Grad(w_size), wpd(w_size), xjneg_sum(w_size, 0.0), tg(w_size);
    std::vector<double> xTd(l), exp_wTx(l), exp_wTx_new(l), tau(l), D(l), C(l);
    // y is -1 on the rows [0, e0), +1 after; unit sample weights (W[i] * Cp == Cp).
    for (int i = 0; i < l; i++) C[i] = i < e0 ? Cn : Cp;
    for (j = 0; j < w_size; j++) { w[j] = 0; wpd[j] = 0; index[j] = j; }
    w_norm = 0;
    // w = 0 adds +0 or -0 to exp_wTx = +0: it stays +0 (the values are finite).
    scaledSums(p->rows.data(), 0, e0, nf, Cn, false, xjneg_sum.data());
    if (w_size > nf) scaledColumnSum(ConstantColumn{p->bias}, 0, e0, Cn, false, xjneg_sum[nf]);
    for (j = 0; j < l; j++) {
        exp_wTx[j] = exp(0.0);
        double tau_tmp = 1 / (1 + exp_wTx[j]);
        tau[j] = C[j] * tau_tmp;
        D[j] = C[j] * exp_wTx[j] * tau_tmp * tau_tmp;
    }

    while (newton_iter < max_newton_iter) {
        Gmax_new = 0;
        Gnorm1_new = 0;
        active_size = w_size;
        // Every column's Hdiag and gradient (the loop below visits each column once).
        std::fill(Hdiag.begin(), Hdiag.end(), nu);
        std::fill(tg.begin(), tg.end(), 0.0);
        logisticSums(p->rows.data(), l, nf, D.data(), tau.data(), Hdiag.data(), tg.data());
        if (w_size > nf)
            for (int i = 0; i < l; i++) {
                Hdiag[nf] += p->bias * p->bias * D[i];
                tg[nf] += p->bias * tau[i];
            }
        for (s = 0; s < active_size; s++) {
            j = index[s];
            Grad[j] = -tg[j] + xjneg_sum[j];
            double Gp = Grad[j] + 1, Gn = Grad[j] - 1, violation;
            if (shrinks(Gp, Gn, w[j], Gmax_old, l, index.data(), s, active_size, violation)) continue;
            Gmax_new = std::max(Gmax_new, violation);
            Gnorm1_new += violation;
        }
        if (newton_iter == 0) Gnorm1_init = Gnorm1_new;
        if (Gnorm1_new <= eps * Gnorm1_init || QP_no_change >= 10) break;
        QP_no_change++;
        iter = 0;
        QP_Gmax_old = INF;
        QP_active_size = active_size;
        for (int i = 0; i < l; i++) xTd[i] = 0;

        while (iter < max_iter) {
            QP_Gmax_new = 0;
            QP_Gnorm1_new = 0;
            shuffle(index.data(), QP_active_size);
            for (s = 0; s < QP_active_size; s++) {
                j = index[s];
                H = Hdiag[j];
                G = Grad[j] + (wpd[j] - w[j]) * nu;
                G = withColumn(p, j, [&](auto x) {
                    double g = G;
                    for (int i = 0; i < l; i++) g += x[i] * D[i] * xTd[i];
                    return g;
                });
                double Gp = G + 1, Gn = G - 1, violation;
                if (shrinks(Gp, Gn, wpd[j], QP_Gmax_old, l, index.data(), s, QP_active_size, violation)) continue;
                if (Gp < H * wpd[j]) z = -Gp / H;
                else if (Gn > H * wpd[j]) z = -Gn / H;
                else z = -wpd[j];
                if (fabs(z) < 1.0e-12) continue;
                z = std::min(std::max(z, -10.0), 10.0);
                QP_no_change = 0;
                QP_Gmax_new = std::max(QP_Gmax_new, violation);
                QP_Gnorm1_new += violation;
                wpd[j] += z;
                withColumn(p, j, [&](auto x) {
                    for (int i = 0; i < l; i++) xTd[i] += x[i] * z;
                    return 0;
                });
            }
            iter++;
            if (QP_Gnorm1_new <= inner_eps * Gnorm1_init) {
                if (QP_active_size == active_size) break;
                QP_active_size = active_size;
                QP_Gmax_old = INF;
                continue;
            }
            QP_Gmax_old = QP_Gmax_new;
        }

        delta = 0;
        w_norm_new = 0;
        for (j = 0; j < w_size; j++) {
            delta += Grad[j] * (wpd[j] - w[j]);
            if (wpd[j] != 0) w_norm_new += fabs(wpd[j]);
        }
        delta += (w_norm_new - w_norm);
        negsum_xTd = 0;
        for (int i = 0; i < e0; i++) negsum_xTd += C[i] * xTd[i];

        int num_linesearch;
        for (num_linesearch = 0; num_linesearch < max_num_linesearch; num_linesearch++) {
            cond = w_norm_new - w_norm + negsum_xTd - sigma * delta;
            for (int i = 0; i < l; i++) {
                double exp_xTd = exp(xTd[i]);
                exp_wTx_new[i] = exp_wTx[i] * exp_xTd;
                cond += C[i] * log((1 + exp_wTx_new[i]) / (exp_xTd + exp_wTx_new[i]));
            }
            if (cond <= 0) {
                w_norm = w_norm_new;
                for (j = 0; j < w_size; j++) w[j] = wpd[j];
                for (int i = 0; i < l; i++) {
                    exp_wTx[i] = exp_wTx_new[i];
                    double tau_tmp = 1 / (1 + exp_wTx[i]);
                    tau[i] = C[i] * tau_tmp;
                    D[i] = C[i] * exp_wTx[i] * tau_tmp * tau_tmp;
                }
                break;
            }
            w_norm_new = 0;
            for (j = 0; j < w_size; j++) {
                wpd[j] = (w[j] + wpd[j]) * 0.5;
                if (wpd[j] != 0) w_norm_new += fabs(wpd[j]);
            }
            delta *= 0.5;
            negsum_xTd *= 0.5;
            for (int i = 0; i < l; i++) xTd[i] *= 0.5;
        }
        if (num_linesearch >= max_num_linesearch) {
            for (int i = 0; i < l; i++) exp_wTx[i] = 0;
            for (int k = 0; k < w_size; k++) {
                if (w[k] == 0) continue;
                withColumn(p, k, [&](auto x) {
                    for (int i = 0; i < l; i++) exp_wTx[i] += w[k] * x[i];
                    return 0;
                });
            }
            for (int i = 0; i < l; i++) exp_wTx[i] = exp(exp_wTx[i]);
        }
        if (iter == 1) inner_eps *= 0.25;
        newton_iter++;
        Gmax_old = Gmax_new;
    }
    return newton_iter;
}

// ---- solve_l1r_l2_svc (squared hinge, l1 penalty), vendor/linear.cpp, on dense columns ----

// Runs f(i, y[i] * x[i]) over the rows in order (y = -1 on [0, e0)): the sign flip liblinear
// stores in its transposed copy, exact.
template <class Col, class F> inline void signedRows(Col x, int e0, int l, F &&f) {
    for (int i = 0; i < e0; i++) f(i, -x[i]);
    for (int i = e0; i < l; i++) f(i, x[i]);
}

int squaredHingeL1(const l1_dense_problem *p, double *w, double eps, double Cp, double Cn, int max_iter) {
    const int l = p->l, nf = p->d, w_size = nf + (p->bias > 0 ? 1 : 0), e0 = p->e0;
    int j, s, iter = 0;
    int active_size = w_size;
    const int max_num_linesearch = 20;
    const double sigma = 0.01;
    double d, G_loss, G, H;
    double Gmax_old = INF, Gmax_new, Gnorm1_new;
    double Gnorm1_init = -1.0;
    double d_old, d_diff, loss_old = 0, loss_new, appxcond, cond;
    std::vector<int> index(w_size);
    std::vector<double> b(l, 1.0), xj_sq(w_size, 0.0), C(l);
    for (int i = 0; i < l; i++) C[i] = i < e0 ? Cn : Cp;
    for (j = 0; j < w_size; j++) { w[j] = 0; index[j] = j; }
    // C·(y·x)·(y·x) == C·x·x; w = 0 leaves b at 1.
    scaledSums(p->rows.data(), 0, e0, nf, Cn, true, xj_sq.data());
    scaledSums(p->rows.data(), e0, l, nf, Cp, true, xj_sq.data());
    if (w_size > nf) {
        scaledColumnSum(ConstantColumn{p->bias}, 0, e0, Cn, true, xj_sq[nf]);
        scaledColumnSum(ConstantColumn{p->bias}, e0, l, Cp, true, xj_sq[nf]);
    }

    while (iter < max_iter) {
        shuffle(index.data(), active_size);
        Gmax_new = 0;
        Gnorm1_new = 0;
        for (s = 0; s < active_size; s++) {
            j = index[s];
            G_loss = 0;
            H = 0;
            // Sums in locals of the loop (not the captured variables), so they stay in registers.
            withColumn(p, j, [&](auto x) {
                double g = 0, h = 0;
                signedRows(x, e0, l, [&](int i, double val) {
                    if (b[i] > 0) {
                        double tmp = C[i] * val;
                        g -= tmp * b[i];
                        h += tmp * val;
                    }
                });
                G_loss = g;
                H = h;
                return 0;
            });
            G_loss *= 2;
            G = G_loss;
            H *= 2;
            H = std::max(H, 1e-12);
            double Gp = G + 1, Gn = G - 1, violation;
            if (shrinks(Gp, Gn, w[j], Gmax_old, l, index.data(), s, active_size, violation)) continue;
            Gmax_new = std::max(Gmax_new, violation);
            Gnorm1_new += violation;
            if (Gp < H * w[j]) d = -Gp / H;
            else if (Gn > H * w[j]) d = -Gn / H;
            else d = -w[j];
            if (fabs(d) < 1.0e-12) continue;

            double delta = fabs(w[j] + d) - fabs(w[j]) + G * d;
            d_old = 0;
            int num_linesearch;
            for (num_linesearch = 0; num_linesearch < max_num_linesearch; num_linesearch++) {
                d_diff = d_old - d;
                cond = fabs(w[j] + d) - fabs(w[j]) - sigma * delta;
                appxcond = xj_sq[j] * d * d + G_loss * d + cond;
                if (appxcond <= 0) {
                    withColumn(p, j, [&](auto x) {
                        signedRows(x, e0, l, [&](int i, double val) { b[i] += d_diff * val; });
                        return 0;
                    });
                    break;
                }
                if (num_linesearch == 0) {
                    loss_old = 0;
                    loss_new = 0;
                    withColumn(p, j, [&](auto x) {
                        double lo = 0, ln = 0;
                        signedRows(x, e0, l, [&](int i, double val) {
                            if (b[i] > 0) lo += C[i] * b[i] * b[i];
                            double b_new = b[i] + d_diff * val;
                            b[i] = b_new;
                            if (b_new > 0) ln += C[i] * b_new * b_new;
                        });
                        loss_old = lo;
                        loss_new = ln;
                        return 0;
                    });
                } else {
                    loss_new = 0;
                    withColumn(p, j, [&](auto x) {
                        double ln = 0;
                        signedRows(x, e0, l, [&](int i, double val) {
                            double b_new = b[i] + d_diff * val;
                            b[i] = b_new;
                            if (b_new > 0) ln += C[i] * b_new * b_new;
                        });
                        loss_new = ln;
                        return 0;
                    });
                }
                cond = cond + loss_new - loss_old;
                if (cond <= 0) break;
                d_old = d;
                d *= 0.5;
                delta *= 0.5;
            }
            w[j] += d;
            if (num_linesearch >= max_num_linesearch) {
                for (int i = 0; i < l; i++) b[i] = 1;
                for (int k = 0; k < w_size; k++) {
                    if (w[k] == 0) continue;
                    withColumn(p, k, [&](auto x) {
                        signedRows(x, e0, l, [&](int i, double val) { b[i] -= w[k] * val; });
                        return 0;
                    });
                }
            }
        }
        if (iter == 0) Gnorm1_init = Gnorm1_new;
        iter++;
        const bool converged = Gnorm1_new <= eps * Gnorm1_init;
        if (converged && active_size == w_size) break;
        if (converged) {  // on the active set only: once more over every column
            active_size = w_size;
            Gmax_old = INF;
            continue;
        }
        Gmax_old = Gmax_new;
    }
    return iter;
}

} // namespace

int l1_dense_train(const l1_dense_problem *problem, int solver_type, double C, double eps, int max_iter, double *w) {
    // train_one's tolerance; both classes weigh C (unit class and sample weights).
    const int l = problem->l, neg = problem->e0, pos = l - neg;
    const double primal_solver_tol = eps * std::max(std::min(pos, neg), 1) / l;
    switch (solver_type) {
    case 5: return squaredHingeL1(problem, w, primal_solver_tol, C, C, max_iter);
    case 6: return logisticL1(problem, w, primal_solver_tol, C, C, max_iter);
    default: return -1;
    }
}
