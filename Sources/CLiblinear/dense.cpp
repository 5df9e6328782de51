// See dense.h. No fused multiply-add anywhere: scikit-learn's liblinear rounds each product.
#pragma STDC FP_CONTRACT OFF
#include "dense.h"
#include "linear.h"
#include <cstddef>
#include <cstring>

bool DenseRows::load(const problem *prob) {
    l = 0;
    narrow = true;
    for (int i = 0; i < prob->l; i++) {
        const feature_node *s = prob->x[i];
        for (int j = 0; j < prob->n; j++, s++) {
            if (s->index != j + 1) return false;
            narrow = narrow && (double)(float)s->value == s->value;
        }
        if (s->index != -1) return false;
    }
    l = prob->l;
    n = prob->n;
    const size_t size = (size_t)l * n;
    if (narrow) { rowMajor.narrow.resize(size); colMajor.narrow.resize(size); }
    else { rowMajor.wide.resize(size); colMajor.wide.resize(size); }
    for (int i = 0; i < l; i++) {
        const feature_node *s = prob->x[i];
        for (int j = 0; j < n; j++) {
            const size_t r = (size_t)i * n + j, c = (size_t)j * l + i;
            if (narrow) rowMajor.narrow[r] = colMajor.narrow[c] = (float)s[j].value;
            else rowMajor.wide[r] = colMajor.wide[c] = s[j].value;
        }
    }
    return true;
}

// out[i] = Σ_j v[j]·col[j·l + i] for i < l, j ascending, four columns per pass over out.
template <typename T>
__attribute__((always_inline)) static inline void columnProductsOf(const T *col, int l, int n, const double *v,
                                                                   double *out) {
    for (int i = 0; i < l; i++) out[i] = 0;
    int j = 0;
    for (; j + 4 <= n; j += 4) {
        const double v0 = v[j], v1 = v[j + 1], v2 = v[j + 2], v3 = v[j + 3];
        const T *c0 = col + (size_t)j * l, *c1 = c0 + l, *c2 = c1 + l, *c3 = c2 + l;
        for (int i = 0; i < l; i++) {
            double a = out[i];
            a += v0 * (double)c0[i];
            a += v1 * (double)c1[i];
            a += v2 * (double)c2[i];
            a += v3 * (double)c3[i];
            out[i] = a;
        }
    }
    for (; j < n; j++) {
        const double vj = v[j];
        const T *c = col + (size_t)j * l;
        for (int i = 0; i < l; i++) out[i] += vj * (double)c[i];
    }
}

__attribute__((target_clones("avx512f", "avx2", "default")))
static void columnProductsD(const double *col, int l, int n, const double *v, double *out) {
    columnProductsOf(col, l, n, v, out);
}

__attribute__((target_clones("avx512f", "avx2", "default")))
static void columnProductsF(const float *col, int l, int n, const double *v, double *out) {
    columnProductsOf(col, l, n, v, out);
}

void DenseRows::products(const Copy &c, int rows, int cols, const double *v, double *out) const {
    if (narrow) columnProductsF(c.narrow.data(), rows, cols, v, out);
    else columnProductsD(c.wide.data(), rows, cols, v, out);
}

void DenseRows::Xv(const double *v, double *out) const { products(colMajor, l, n, v, out); }

// Xᵀ·v is the column products of the row-major copy read as (n × l) column-major.
void DenseRows::XTv(const double *v, double *out) const { products(rowMajor, n, l, v, out); }

template <typename T>
static void gather(const std::vector<T> &rowMajor, const std::vector<T> &colMajor, int l, int n, const int *I,
                   int sizeI, std::vector<T> &subRowMajor, std::vector<T> &subColMajor) {
    subRowMajor.resize((size_t)sizeI * n);
    subColMajor.resize((size_t)sizeI * n);
    for (int k = 0; k < sizeI; k++)
        std::memcpy(&subRowMajor[(size_t)k * n], &rowMajor[(size_t)I[k] * n], sizeof(T) * n);
    for (int j = 0; j < n; j++) {
        const T *col = &colMajor[(size_t)j * l];
        T *out = &subColMajor[(size_t)j * sizeI];
        for (int k = 0; k < sizeI; k++) out[k] = col[I[k]];
    }
}

void DenseRows::select(const int *I, int sizeI) {
    sub = sizeI;
    if (narrow) gather(rowMajor.narrow, colMajor.narrow, l, n, I, sizeI, subRowMajor.narrow, subColMajor.narrow);
    else gather(rowMajor.wide, colMajor.wide, l, n, I, sizeI, subRowMajor.wide, subColMajor.wide);
}

void DenseRows::subXv(const double *v, double *out) const { products(subColMajor, sub, n, v, out); }

void DenseRows::subXTv(const double *v, double *out) const { products(subRowMajor, n, sub, v, out); }
