// solve_l1r_l2_svc (squared hinge, l1 penalty) of scikit-learn's vendor/linear.cpp on dense
// columns, step for step: the same coordinates, the same sums in the same order, no fused
// multiply-add, so w and the iteration count are bit-identical to train's.
//
// Where the time goes, and what is done about it: every coordinate visit sums over the rows with
// slack b > 0, in row order — a chain of dependent additions, so the speed is the add latency
// times the rows added. liblinear walks all rows for that sum, then walks them again for the line
// search's loss before and after the step. Here
// - only the rows with b > 0 are walked: their indices are kept in row order (Slack), refreshed
//   after each change of b (a pass without dependent sums);
// - the loss before a step is the loss after the last change of b, the same sum in the same order,
//   so it is kept, not summed again;
// - the pass that changes b also sums the next coordinate's gradient and curvature at the new b:
//   liblinear's next visit sums the same products in the same order, so when the step is final
//   (almost always) that sum is used, else dropped.
#pragma STDC FP_CONTRACT OFF
#include "simd_clones.h"
#include "l1dense_impl.h"
#include <algorithm>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace l1dense {
namespace {

const double INF = HUGE_VAL;

// b[i] += dd·(y[i]·x[i]) (y = ±1: liblinear's sign-flipped copy, exact) when x is given; then the
// rows i with b[i] > 0, in order, into rows (room for l + 16). Returns their number.
int stepAndFindPositive(double *__restrict b, const double *__restrict y, const float *__restrict x, int l, double dd,
                        int *__restrict rows);

int stepAndFindPositivePlain(double *__restrict b, const double *__restrict y, const float *__restrict x, int l,
                             double dd, int *__restrict rows) {
    if (x)
        for (int i = 0; i < l; i++) b[i] += dd * (y[i] * (double)x[i]);
    int k = 0;
    for (int i = 0; i < l; i++) {
        rows[k] = i;
        k += b[i] > 0;
    }
    return k;
}

#if defined(__x86_64__)
// The same with AVX-512: the same products and sums per row (no contraction), the indices
// compressed 16 rows at a time.
__attribute__((target("avx512f"))) int stepAndFindPositive512(
    double *__restrict b, const double *__restrict y, const float *__restrict x, int l, double dd,
    int *__restrict rows) {
    const __m512d zero = _mm512_setzero_pd(), vdd = _mm512_set1_pd(dd);
    const __m512i sixteen = _mm512_set1_epi32(16);
    __m512i index = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    int k = 0, i = 0;
    for (; i + 16 <= l; i += 16) {
        __m512d b0 = _mm512_loadu_pd(b + i), b1 = _mm512_loadu_pd(b + i + 8);
        if (x) {
            const __m512d x0 = _mm512_cvtps_pd(_mm256_loadu_ps(x + i)), x1 = _mm512_cvtps_pd(_mm256_loadu_ps(x + i + 8));
            b0 = _mm512_add_pd(b0, _mm512_mul_pd(vdd, _mm512_mul_pd(_mm512_loadu_pd(y + i), x0)));
            b1 = _mm512_add_pd(b1, _mm512_mul_pd(vdd, _mm512_mul_pd(_mm512_loadu_pd(y + i + 8), x1)));
            _mm512_storeu_pd(b + i, b0);
            _mm512_storeu_pd(b + i + 8, b1);
        }
        const __mmask16 m = (__mmask16)(_mm512_cmp_pd_mask(b0, zero, _CMP_GT_OQ)
                                         | (_mm512_cmp_pd_mask(b1, zero, _CMP_GT_OQ) << 8));
        _mm512_storeu_si512(rows + k, _mm512_maskz_compress_epi32(m, index));
        k += __builtin_popcount(m);
        index = _mm512_add_epi32(index, sixteen);
    }
    for (; i < l; i++) {
        if (x) b[i] += dd * (y[i] * (double)x[i]);
        rows[k] = i;
        k += b[i] > 0;
    }
    return k;
}

int stepAndFindPositive(double *__restrict b, const double *__restrict y, const float *__restrict x, int l, double dd,
                        int *__restrict rows) {
    static const bool avx512 = __builtin_cpu_supports("avx512f");
    return avx512 ? stepAndFindPositive512(b, y, x, l, dd, rows) : stepAndFindPositivePlain(b, y, x, l, dd, rows);
}
#else
int stepAndFindPositive(double *__restrict b, const double *__restrict y, const float *__restrict x, int l, double dd,
                        int *__restrict rows) {
    return stepAndFindPositivePlain(b, y, x, l, dd, rows);
}
#endif

// The slack b = 1 − y·(X·w) of every row (y = −1 on [0, e0), +1 after), the rows where it is
// positive, in row order, and the loss Σ C·b·b over them in that order.
struct Slack {
    int l;
    double C;
    std::vector<double> b, y;
    std::vector<int> rows;
    int count = 0;
    double loss = 0;

    Slack(int l, int e0, double C) : l(l), C(C), b(l, 1.0), y(l, 1.0), rows(l + 16) {
        for (int i = 0; i < e0; i++) y[i] = -1;
        refresh();
    }

    // After b changed wholesale: its positive rows and loss.
    void refresh() {
        count = stepAndFindPositive(b.data(), y.data(), nullptr, l, 0, rows.data());
        double loss = 0;
        for (int k = 0; k < count; k++) loss += C * b[rows[k]] * b[rows[k]];
        this->loss = loss;
    }

    // liblinear's G_loss and H sums of column x (before doubling): over the positive rows,
    // tmp = C·v, g −= tmp·b, h += tmp·v, v = y·x.
    void sums(const float *x, double &g, double &h) const {
        double gs = 0, hs = 0;
        for (int k = 0; k < count; k++) {
            const int i = rows[k];
            const double v = y[i] * (double)x[i], tmp = C * v;
            gs -= tmp * b[i];
            hs += tmp * v;
        }
        g = gs;
        h = hs;
    }

    // The sums of two columns in one walk (the second a guess at the next visit).
    void sums(const float *x, double &g, double &h, const float *x2, double &g2, double &h2) const {
        double gs = 0, hs = 0, gs2 = 0, hs2 = 0;
        for (int k = 0; k < count; k++) {
            const int i = rows[k];
            const double bi = b[i], v = y[i] * (double)x[i], tmp = C * v, v2 = y[i] * (double)x2[i], tmp2 = C * v2;
            gs -= tmp * bi;
            hs += tmp * v;
            gs2 -= tmp2 * bi;
            hs2 += tmp2 * v2;
        }
        g = gs;
        h = hs;
        g2 = gs2;
        h2 = hs2;
    }

    // b += dd·(y·x), then the new positive rows and loss; with `next`, that column's sums at the
    // new b too.
    void step(const float *x, double dd, const float *next, double &g, double &h) {
        count = stepAndFindPositive(b.data(), y.data(), x, l, dd, rows.data());
        double ls = 0, gs = 0, hs = 0;
        if (next) {
            for (int k = 0; k < count; k++) {
                const int i = rows[k];
                const double bi = b[i], v = y[i] * (double)next[i], tmp = C * v;
                ls += C * bi * bi;
                gs -= tmp * bi;
                hs += tmp * v;
            }
        } else {
            for (int k = 0; k < count; k++) ls += C * b[rows[k]] * b[rows[k]];
        }
        loss = ls;
        g = gs;
        h = hs;
    }
};

} // namespace

int squaredHingeL1(const l1_dense_problem *p, double *w, double eps, double C, int max_iter) {
    const int l = p->l, nf = p->d, w_size = p->wSize(), e0 = p->e0;
    int j, s, iter = 0;
    int active_size = w_size;
    const int max_num_linesearch = 20;
    const double sigma = 0.01;
    double d, G_loss, G, H;
    double Gmax_old = INF, Gmax_new, Gnorm1_new;
    double Gnorm1_init = -1.0;
    double d_old, d_diff, loss_old = 0, loss_new, appxcond, cond;
    std::vector<int> index(w_size);
    std::vector<double> xj_sq(w_size, 0.0);
    for (j = 0; j < w_size; j++) { w[j] = 0; index[j] = j; }
    // C·(y·x)·(y·x) == C·x·x; w = 0 leaves b at 1.
    scaledSums(p->rows.data(), 0, l, nf, C, true, xj_sq.data());
    if (w_size > nf)
        for (int i = 0; i < l; i++) xj_sq[nf] += C * p->bias * p->bias;
    Slack slack(l, e0, C);
    // The column whose sums at the current b are known (-1: none), and those sums.
    int known = -1;
    double knownG = 0, knownH = 0;

    while (iter < max_iter) {
        shuffle(index.data(), active_size);
        Gmax_new = 0;
        Gnorm1_new = 0;
        for (s = 0; s < active_size; s++) {
            j = index[s];
            const float *x = p->column(j);
            if (known == j) {
                G_loss = knownG;
                H = knownH;
            } else if (s + 1 < active_size) {
                known = index[s + 1];
                slack.sums(x, G_loss, H, p->column(known), knownG, knownH);
            } else {
                slack.sums(x, G_loss, H);
            }
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

            // Every change of b below also sums the next visit's column at the new b.
            const int next = s + 1 < active_size ? index[s + 1] : -1;
            const float *nextColumn = next >= 0 ? p->column(next) : nullptr;
            double delta = fabs(w[j] + d) - fabs(w[j]) + G * d;
            d_old = 0;
            int num_linesearch;
            for (num_linesearch = 0; num_linesearch < max_num_linesearch; num_linesearch++) {
                d_diff = d_old - d;
                cond = fabs(w[j] + d) - fabs(w[j]) - sigma * delta;
                appxcond = xj_sq[j] * d * d + G_loss * d + cond;
                if (appxcond <= 0) {
                    slack.step(x, d_diff, nextColumn, knownG, knownH);
                    known = next;
                    break;
                }
                if (num_linesearch == 0) loss_old = slack.loss;
                slack.step(x, d_diff, nextColumn, knownG, knownH);
                known = next;
                loss_new = slack.loss;
                cond = cond + loss_new - loss_old;
                if (cond <= 0) break;
                d_old = d;
                d *= 0.5;
                delta *= 0.5;
            }
            w[j] += d;
            if (num_linesearch >= max_num_linesearch) {
                std::fill(slack.b.begin(), slack.b.end(), 1.0);
                for (int k = 0; k < w_size; k++) {
                    if (w[k] == 0) continue;
                    const float *xk = p->column(k);
                    for (int i = 0; i < l; i++) slack.b[i] -= w[k] * (slack.y[i] * (double)xk[i]);
                }
                slack.refresh();
                known = -1;
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

} // namespace l1dense
