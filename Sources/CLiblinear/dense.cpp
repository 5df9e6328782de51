// See dense.h. No fused multiply-add anywhere: scikit-learn's liblinear rounds each product.
#pragma STDC FP_CONTRACT OFF
#include "dense.h"
#include "linear.h"
#include <cstddef>
#include <cstring>

bool DenseRows::load(const problem *prob) {
    l = prob->l;
    n = prob->n;
    for (int i = 0; i < l; i++) {
        const feature_node *s = prob->x[i];
        for (int j = 0; j < n; j++, s++)
            if (s->index != j + 1) return false;
        if (s->index != -1) return false;
    }
    rowMajor.resize((size_t)l * n);
    colMajor.resize((size_t)l * n);
    for (int i = 0; i < l; i++) {
        const feature_node *s = prob->x[i];
        for (int j = 0; j < n; j++) {
            rowMajor[(size_t)i * n + j] = s[j].value;
            colMajor[(size_t)j * l + i] = s[j].value;
        }
    }
    return true;
}

__attribute__((target_clones("avx2", "default")))
static void columnProducts(const double *col, int l, int n, const double *v, double *out) {
    for (int i = 0; i < l; i++) out[i] = 0;
    int j = 0;
    for (; j + 4 <= n; j += 4) {
        const double v0 = v[j], v1 = v[j + 1], v2 = v[j + 2], v3 = v[j + 3];
        const double *c0 = col + (size_t)j * l, *c1 = c0 + l, *c2 = c1 + l, *c3 = c2 + l;
        for (int i = 0; i < l; i++) {
            double a = out[i];
            a += v0 * c0[i];
            a += v1 * c1[i];
            a += v2 * c2[i];
            a += v3 * c3[i];
            out[i] = a;
        }
    }
    for (; j < n; j++) {
        const double vj = v[j];
        const double *c = col + (size_t)j * l;
        for (int i = 0; i < l; i++) out[i] += vj * c[i];
    }
}

void DenseRows::Xv(const double *v, double *out) const { columnProducts(colMajor.data(), l, n, v, out); }

void DenseRows::XTv(const double *v, double *out) const {
    // Xᵀ·v is the column products of the row-major copy read as (n × l) column-major.
    columnProducts(rowMajor.data(), n, l, v, out);
}

void DenseRows::select(const int *I, int sizeI) {
    sub = sizeI;
    subRowMajor.resize((size_t)sizeI * n);
    subColMajor.resize((size_t)sizeI * n);
    for (int k = 0; k < sizeI; k++)
        std::memcpy(&subRowMajor[(size_t)k * n], &rowMajor[(size_t)I[k] * n], sizeof(double) * n);
    for (int j = 0; j < n; j++) {
        const double *col = &colMajor[(size_t)j * l];
        double *out = &subColMajor[(size_t)j * sizeI];
        for (int k = 0; k < sizeI; k++) out[k] = col[I[k]];
    }
}

void DenseRows::subXv(const double *v, double *out) const {
    columnProducts(subColMajor.data(), sub, n, v, out);
}

void DenseRows::subXTv(const double *v, double *out) const {
    columnProducts(subRowMajor.data(), n, sub, v, out);
}
