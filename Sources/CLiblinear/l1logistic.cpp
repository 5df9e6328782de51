// solve_l1r_lr (logistic loss, l1 penalty) of scikit-learn's vendor/linear.cpp on dense columns,
// step for step: the same coordinates, the same sums in the same order, no fused multiply-add, so
// w and the iteration count are bit-identical to train's.
#pragma STDC FP_CONTRACT OFF
#include "simd_clones.h"
#include "l1dense_impl.h"
#include <algorithm>

namespace l1dense {
namespace {

const double INF = HUGE_VAL;

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

} // namespace


// ---- solve_l1r_lr (logistic loss, l1 penalty), vendor/linear.cpp, on dense columns ----

int logisticL1(const l1_dense_problem *p, double *w, double eps, double Cboth, int max_newton_iter) {
    const int l = p->l, nf = p->d, w_size = p->wSize(), e0 = p->e0;
    const double Cp = Cboth, Cn = Cboth;
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
    if (w_size > nf)
        for (int i = 0; i < e0; i++) xjneg_sum[nf] += Cn * p->bias;
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
                {
                    const float *x = p->column(j);
                    double g = G;
                    for (int i = 0; i < l; i++) g += (double)x[i] * D[i] * xTd[i];
                    G = g;
                }
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
                {
                    const float *x = p->column(j);
                    for (int i = 0; i < l; i++) xTd[i] += (double)x[i] * z;
                }
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
                const float *x = p->column(k);
                for (int i = 0; i < l; i++) exp_wTx[i] += w[k] * (double)x[i];
            }
            for (int i = 0; i < l; i++) exp_wTx[i] = exp(exp_wTx[i]);
        }
        if (iter == 1) inner_eps *= 0.25;
        newton_iter++;
        Gmax_old = Gmax_new;
    }
    return newton_iter;
}

} // namespace l1dense
