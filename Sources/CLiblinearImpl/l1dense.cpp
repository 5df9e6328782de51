// See l1dense.h. No fused multiply-add anywhere: scikit-learn's liblinear rounds each product.
#pragma STDC FP_CONTRACT OFF
#include "simd_clones.h"
#include "l1dense_impl.h"
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

l1_dense_problem *l1_dense_create(const float *x, int d, const int *rows, const int *codes, int l, double bias) {
    if (d <= 0 || l <= 0) return nullptr;
    std::vector<int> order;
    order.reserve(l);
    for (int c = 0; c < 2; c++)
        for (int i = 0; i < l; i++)
            if (codes[i] == c) order.push_back(rows[i]);
    const int e0 = (int)std::count(codes, codes + l, 0);
    if ((int)order.size() != l || e0 == 0 || e0 == l) return nullptr;
    // The bias column is stored with the data, as floats: a bias no float holds is not this path's.
    if (bias > 0 && (double)(float)bias != bias) return nullptr;
    const int w_size = d + (bias > 0 ? 1 : 0);
    auto *p = new l1_dense_problem{l, d, e0, bias, std::vector<float>((size_t)l * d), std::vector<float>((size_t)w_size * l)};
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
    if (w_size > d) std::fill(p->cols.begin() + (size_t)d * l, p->cols.end(), (float)bias);
    return p;
}

void l1_dense_destroy(l1_dense_problem *problem) { delete problem; }

namespace l1dense {

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

} // namespace l1dense

int l1_dense_train_fits(const l1_dense_problem *const *problems, int solver_type, const double *Cs, const unsigned *seeds,
                        int n, double eps, int max_iter, double *w, int *iterations) {
    if (n <= 0) return 0;
    const int width = problems[0]->wSize();
    std::vector<double> tolerance(n);
    for (int k = 0; k < n; k++) {
        // train_one's tolerance; both classes weigh C (unit class and sample weights).
        const l1_dense_problem *p = problems[k];
        const int neg = p->e0, pos = p->l - neg;
        if (p->wSize() != width) return -1;
        tolerance[k] = eps * std::max(std::min(pos, neg), 1) / p->l;
    }
    switch (solver_type) {
    case 5:
        for (int k = 0; k < n; k++) {
            set_seed(seeds[k]);
            iterations[k] = l1dense::squaredHingeL1(problems[k], w + (size_t)k * width, tolerance[k], Cs[k], max_iter);
        }
        return 0;
    case 6:
        l1dense::logisticL1Fits(problems, Cs, seeds, tolerance.data(), n, max_iter, w, iterations);
        return 0;
    default: return -1;
    }
}
