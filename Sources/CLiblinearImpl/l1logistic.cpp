// solve_l1r_lr (logistic loss, l1 penalty; newGLMNET) of scikit-learn's vendor/linear.cpp on
// dense columns, step for step: the same coordinates, the same sums in the same order, no fused
// multiply-add, so w and the iteration count are bit-identical to train's.
//
// Where the time goes: each coordinate visit of the inner QP sums x·D·xTd over every row, a
// chain of dependent additions, so one fit runs at the add latency, and the next visit needs this
// one's step. Fits are independent, though: here several fits (a path's Cs, with their own
// coordinate generators) run at once, one state machine (LogisticRun) each, stopping at each
// visit's sum; the sums of all waiting fits are then taken together, row block by row block, as
// independent chains the processor overlaps. Each fit's own step to xTd is folded into the pass
// that sums its next visit.
#pragma STDC FP_CONTRACT OFF
#include "simd_clones.h"
#include "l1dense_impl.h"
#include <algorithm>
#include <memory>
#include <random>

namespace l1dense {
namespace {

const double INF = HUGE_VAL;
const double nu = 1e-12, sigma = 0.01;
const int max_iter = 1000, max_num_linesearch = 20;

// Sums down every data column at once, vectorized across the columns: each column's sum adds
// its rows in order, as liblinear's column loops do.
// hd[j] += x·x·D[i] and tg[j] += x·tau[i] over rows i (solve_l1r_lr's Hdiag and gradient sums).
LIBLINEAR_SIMD_CLONES void logisticSums(
    const float *__restrict rows, int l, int d, const double *__restrict D, const double *__restrict tau,
    double *__restrict hd, double *__restrict tg) {
    int i = 0;
    // Four rows per walk over the columns (each column still adds them in order): a quarter of
    // the loads and stores of hd and tg.
    for (; i + 4 <= l; i += 4) {
        const float *r0 = rows + (size_t)i * d, *r1 = r0 + d, *r2 = r1 + d, *r3 = r2 + d;
        const double D0 = D[i], D1 = D[i + 1], D2 = D[i + 2], D3 = D[i + 3];
        const double t0 = tau[i], t1 = tau[i + 1], t2 = tau[i + 2], t3 = tau[i + 3];
        for (int j = 0; j < d; j++) {
            const double v0 = r0[j], v1 = r1[j], v2 = r2[j], v3 = r3[j];
            double h = hd[j], g = tg[j];
            h += v0 * v0 * D0;
            g += v0 * t0;
            h += v1 * v1 * D1;
            g += v1 * t1;
            h += v2 * v2 * D2;
            g += v2 * t2;
            h += v3 * v3 * D3;
            g += v3 * t3;
            hd[j] = h;
            tg[j] = g;
        }
    }
    for (; i < l; i++) {
        const float *r = rows + (size_t)i * d;
        const double Di = D[i], ti = tau[i];
        for (int j = 0; j < d; j++) {
            const double v = r[j];
            hd[j] += v * v * Di;
            tg[j] += v * ti;
        }
    }
}

// Rows [from, to) of one visit's pass: xTd += x_u·z (the fit's last step, when u is given), then
// the products x·D·xTd of the visited column into out[0..<to − from].
LIBLINEAR_SIMD_CLONES void visitProducts(
    const float *__restrict xu, double z, const float *__restrict x, const double *__restrict D,
    double *__restrict xTd, int from, int to, double *__restrict out) {
    if (xu)
        for (int i = from; i < to; i++) xTd[i] += (double)xu[i] * z;
    for (int i = from; i < to; i++) out[i - from] = (double)x[i] * D[i] * xTd[i];
}

// One fit of solve_l1r_lr, run until it needs a visit's sum (`waiting`) or is done.
struct LogisticRun {
    const l1_dense_problem *p;
    double *w;
    double eps, Cn, Cp;
    int max_newton_iter;
    std::mt19937 rng; // liblinear's generator, seeded as set_seed seeds it
    int l, nf, w_size, e0;

    int j = 0, s = 0, newton_iter = 0, iter = 0, active_size = 0, QP_active_size = 0, QP_no_change = 0;
    double inner_eps = 1, w_norm = 0, Gnorm1_init = -1.0, Gmax_old = INF, Gmax_new = 0, Gnorm1_new = 0;
    double QP_Gmax_old = INF, QP_Gmax_new = 0, QP_Gnorm1_new = 0;
    std::vector<int> index;
    std::vector<double> Hdiag, Grad, wpd, xjneg_sum, tg, xTd, exp_wTx, exp_wTx_new, tau, D, C;

    // The waiting visit: column j's sum starts at G0; xTd still lacks the step z of column u.
    bool done = false;
    double G0 = 0;
    int u = -1;
    double z = 0;

    enum class Step { newton, sweep, visit, sweepEnd, lineSearch };

    LogisticRun(const l1_dense_problem *p, double *w, double eps, double C, int max_newton_iter, unsigned seed)
        : p(p), w(w), eps(eps), Cn(C), Cp(C), max_newton_iter(max_newton_iter), rng(seed), l(p->l), nf(p->d),
          w_size(p->wSize()), e0(p->e0), index(w_size), Hdiag(w_size), Grad(w_size), wpd(w_size),
          xjneg_sum(w_size, 0.0), tg(w_size), xTd(l), exp_wTx(l), exp_wTx_new(l), tau(l), D(l), C(l) {
        // y is -1 on the rows [0, e0), +1 after; unit sample weights (W[i] * Cp == Cp).
        for (int i = 0; i < l; i++) this->C[i] = i < e0 ? Cn : Cp;
        for (int k = 0; k < w_size; k++) { w[k] = 0; wpd[k] = 0; index[k] = k; }
        // w = 0 adds +0 or -0 to exp_wTx = +0: it stays +0 (the values are finite).
        scaledSums(p->rows.data(), 0, e0, nf, Cn, false, xjneg_sum.data());
        if (w_size > nf)
            for (int i = 0; i < e0; i++) xjneg_sum[nf] += Cn * p->bias;
        for (int i = 0; i < l; i++) {
            exp_wTx[i] = exp(0.0);
            double tau_tmp = 1 / (1 + exp_wTx[i]);
            tau[i] = this->C[i] * tau_tmp;
            D[i] = this->C[i] * exp_wTx[i] * tau_tmp * tau_tmp;
        }
        run(Step::newton);
    }

    // liblinear's bounded_rand_int (vendor/newrand.h) on this fit's generator.
    uint32_t boundedRandInt(uint32_t range) {
        uint32_t x = rng();
        uint64_t m = uint64_t(x) * uint64_t(range);
        uint32_t low = uint32_t(m);
        if (low < range) {
            uint32_t t = -range;
            if (t >= range) {
                t -= range;
                if (t >= range) t %= range;
            }
            while (low < t) {
                x = rng();
                m = uint64_t(x) * uint64_t(range);
                low = uint32_t(m);
            }
        }
        return m >> 32;
    }

    // The rest of the waiting visit, G being its sum; then on to the next wait.
    void resume(double G) {
        u = -1;
        const double H = Hdiag[j];
        double Gp = G + 1, Gn = G - 1, violation, step;
        if (!shrinks(Gp, Gn, wpd[j], QP_Gmax_old, l, index.data(), s, QP_active_size, violation)) {
            if (Gp < H * wpd[j]) step = -Gp / H;
            else if (Gn > H * wpd[j]) step = -Gn / H;
            else step = -wpd[j];
            if (!(fabs(step) < 1.0e-12)) { // liblinear: if (fabs(z) < 1.0e-12) continue;
                step = std::min(std::max(step, -10.0), 10.0);
                QP_no_change = 0;
                QP_Gmax_new = std::max(QP_Gmax_new, violation);
                QP_Gnorm1_new += violation;
                wpd[j] += step;
                u = j; // xTd += x_j·step, folded into the next pass
                z = step;
            }
        }
        s++; // the for loop's increment (after shrinks, which steps s back to revisit index[s])
        run(Step::visit);
    }

    void applyStep() {
        if (u < 0) return;
        const float *x = p->column(u);
        for (int i = 0; i < l; i++) xTd[i] += (double)x[i] * z;
        u = -1;
    }

    void run(Step step) {
        for (;;) switch (step) {
        case Step::newton:
            if (!newtonStart()) { done = true; return; }
            step = Step::sweep;
            break;
        case Step::sweep:
            if (iter >= max_iter) { step = Step::lineSearch; break; }
            QP_Gmax_new = 0;
            QP_Gnorm1_new = 0;
            for (int k = 0; k < QP_active_size; k++) std::swap(index[k + (int)boundedRandInt(QP_active_size - k)], index[k]);
            s = 0;
            step = Step::visit;
            break;
        case Step::visit:
            if (s < QP_active_size) {
                j = index[s];
                G0 = Grad[j] + (wpd[j] - w[j]) * nu;
                return; // waits for the sum
            }
            step = Step::sweepEnd;
            break;
        case Step::sweepEnd:
            iter++;
            if (QP_Gnorm1_new <= inner_eps * Gnorm1_init) {
                if (QP_active_size == active_size) { step = Step::lineSearch; break; }
                QP_active_size = active_size;
                QP_Gmax_old = INF;
                step = Step::sweep;
                break;
            }
            QP_Gmax_old = QP_Gmax_new;
            step = Step::sweep;
            break;
        case Step::lineSearch:
            applyStep();
            lineSearch();
            step = Step::newton;
            break;
        }
    }

    // The top of the Newton loop: false when the fit is done.
    bool newtonStart() {
        if (newton_iter >= max_newton_iter) return false;
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
            const int k = index[s];
            Grad[k] = -tg[k] + xjneg_sum[k];
            double Gp = Grad[k] + 1, Gn = Grad[k] - 1, violation;
            if (shrinks(Gp, Gn, w[k], Gmax_old, l, index.data(), s, active_size, violation)) continue;
            Gmax_new = std::max(Gmax_new, violation);
            Gnorm1_new += violation;
        }
        if (newton_iter == 0) Gnorm1_init = Gnorm1_new;
        if (Gnorm1_new <= eps * Gnorm1_init || QP_no_change >= 10) return false;
        QP_no_change++;
        iter = 0;
        QP_Gmax_old = INF;
        QP_active_size = active_size;
        std::fill(xTd.begin(), xTd.end(), 0.0);
        return true;
    }

    // After the QP: the line search on w + d, and the bottom of the Newton loop.
    void lineSearch() {
        double delta = 0, w_norm_new = 0, negsum_xTd = 0, cond;
        for (int k = 0; k < w_size; k++) {
            delta += Grad[k] * (wpd[k] - w[k]);
            if (wpd[k] != 0) w_norm_new += fabs(wpd[k]);
        }
        delta += (w_norm_new - w_norm);
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
                for (int k = 0; k < w_size; k++) w[k] = wpd[k];
                for (int i = 0; i < l; i++) {
                    exp_wTx[i] = exp_wTx_new[i];
                    double tau_tmp = 1 / (1 + exp_wTx[i]);
                    tau[i] = C[i] * tau_tmp;
                    D[i] = C[i] * exp_wTx[i] * tau_tmp * tau_tmp;
                }
                break;
            }
            w_norm_new = 0;
            for (int k = 0; k < w_size; k++) {
                wpd[k] = (w[k] + wpd[k]) * 0.5;
                if (wpd[k] != 0) w_norm_new += fabs(wpd[k]);
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
};

const int lanes = 8, block = 64;

// The waiting visits' sums of N fits, taken together: g = G0 + Σ x·D·xTd in row order for each,
// the N chains interleaved row by row. A fit with fewer rows adds −0 past its end, which leaves
// any sum as it is.
template <int N> void visitSums(LogisticRun *const *runs, double *g) {
    int l = 0;
    for (int k = 0; k < N; k++) l = std::max(l, runs[k]->l);
    double products[N][block], acc[N];
    for (int k = 0; k < N; k++) acc[k] = runs[k]->G0;
    for (int from = 0; from < l; from += block) {
        const int to = std::min(l, from + block);
        for (int k = 0; k < N; k++) {
            LogisticRun &r = *runs[k];
            const int end = std::min(to, r.l);
            if (end > from)
                visitProducts(r.u >= 0 ? r.p->column(r.u) : nullptr, r.z, r.p->column(r.j), r.D.data(), r.xTd.data(),
                              from, end, products[k]);
            for (int i = std::max(end, from); i < to; i++) products[k][i - from] = -0.0;
        }
        for (int i = 0; i < to - from; i++)
            for (int k = 0; k < N; k++) acc[k] += products[k][i];
    }
    for (int k = 0; k < N; k++) {
        runs[k]->u = -1;
        g[k] = acc[k];
    }
}

// One fit's sum, its step to xTd in the same walk (the chain's latency hides the step).
void visitSum(LogisticRun &r, double *g) {
    const float *__restrict xu = r.u >= 0 ? r.p->column(r.u) : nullptr, *__restrict x = r.p->column(r.j);
    const double *__restrict D = r.D.data();
    double *__restrict xTd = r.xTd.data();
    const double z = r.z;
    double sum = r.G0;
    if (xu)
        for (int i = 0; i < r.l; i++) {
            xTd[i] += (double)xu[i] * z;
            sum += (double)x[i] * D[i] * xTd[i];
        }
    else
        for (int i = 0; i < r.l; i++) sum += (double)x[i] * D[i] * xTd[i];
    r.u = -1;
    *g = sum;
}

void visitSums(LogisticRun *const *runs, int n, double *g) {
    switch (n) {
    case 1: return visitSum(*runs[0], g);
    case 2: return visitSums<2>(runs, g);
    case 3: return visitSums<3>(runs, g);
    case 4: return visitSums<4>(runs, g);
    case 5: return visitSums<5>(runs, g);
    case 6: return visitSums<6>(runs, g);
    case 7: return visitSums<7>(runs, g);
    default: return visitSums<8>(runs, g);
    }
}

} // namespace

void logisticL1Fits(const l1_dense_problem *const *problems, const double *Cs, const unsigned *seeds, const double *eps,
                    int n, int max_newton_iter, double *w, int *iterations) {
    std::vector<std::unique_ptr<LogisticRun>> runs;
    for (int k = 0; k < n; k++)
        runs.push_back(std::make_unique<LogisticRun>(problems[k], w + (size_t)k * problems[0]->wSize(), eps[k], Cs[k],
                                                     max_newton_iter, seeds[k]));
    for (;;) {
        LogisticRun *waiting[lanes];
        int m = 0;
        for (auto &r : runs)
            if (!r->done && m < lanes) waiting[m++] = r.get();
        if (m == 0) break;
        double g[lanes];
        visitSums(waiting, m, g);
        for (int k = 0; k < m; k++) waiting[k]->resume(g[k]);
    }
    for (int k = 0; k < n; k++) iterations[k] = runs[k]->newton_iter;
}

} // namespace l1dense
