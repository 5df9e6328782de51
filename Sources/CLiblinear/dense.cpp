// See dense.h. No fused multiply-add anywhere: scikit-learn's liblinear rounds each product.
#pragma STDC FP_CONTRACT OFF
#include "dense.h"
#include "linear.h"
#include <cstddef>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

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

// Column j of a column-major matrix with columns of `stride` values: all of them in order, or
// the columns `index[0..<n]` (the active rows of a row-major copy read as columns).
struct Contiguous {
    size_t stride;
    size_t operator()(int j) const { return (size_t)j * stride; }
};
struct Indexed {
    size_t stride;
    const int *index;
    size_t operator()(int j) const { return (size_t)index[j] * stride; }
};

// out[i] = Σ_j v[j]·col(j)[i] for i < l, j ascending, four columns per pass over out.
template <typename T, typename Column>
__attribute__((always_inline)) static inline void columnProductsOf(const T *base, Column column, int l, int n,
                                                                   const double *v, double *out) {
    for (int i = 0; i < l; i++) out[i] = 0;
    int j = 0;
    for (; j + 4 <= n; j += 4) {
        const double v0 = v[j], v1 = v[j + 1], v2 = v[j + 2], v3 = v[j + 3];
        const T *c0 = base + column(j), *c1 = base + column(j + 1), *c2 = base + column(j + 2),
                *c3 = base + column(j + 3);
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
        const T *c = base + column(j);
        for (int i = 0; i < l; i++) out[i] += vj * (double)c[i];
    }
}

#define LIBLINEAR_DENSE_PRODUCTS(name, T, Column)                                              \
    __attribute__((target_clones("avx512f", "avx2", "default"))) static void name(              \
        const T *base, Column column, int l, int n, const double *v, double *out) {            \
        columnProductsOf(base, column, l, n, v, out);                                          \
    }
LIBLINEAR_DENSE_PRODUCTS(columnProductsD, double, Contiguous)
LIBLINEAR_DENSE_PRODUCTS(columnProductsF, float, Contiguous)
LIBLINEAR_DENSE_PRODUCTS(indexedProductsD, double, Indexed)
LIBLINEAR_DENSE_PRODUCTS(indexedProductsF, float, Indexed)

void DenseRows::products(const Copy &c, int rows, int cols, const double *v, double *out) const {
    const Contiguous column{(size_t)rows};
    if (narrow) columnProductsF(c.narrow.data(), column, rows, cols, v, out);
    else columnProductsD(c.wide.data(), column, rows, cols, v, out);
}

void DenseRows::Xv(const double *v, double *out) const { products(colMajor, l, n, v, out); }

// Xᵀ·v is the column products of the row-major copy read as (n × l) column-major.
void DenseRows::XTv(const double *v, double *out) const { products(rowMajor, n, l, v, out); }

// The active rows of a column-major copy, column by column: out[j·sub + k] = col[j·l + I[k]].
template <typename T>
static void gatherRows(const T *col, int l, int n, const int *I, int sub, T *out) {
    for (int j = 0; j < n; j++) {
        const T *c = col + (size_t)j * l;
        T *o = out + (size_t)j * sub;
        for (int k = 0; k < sub; k++) o[k] = c[I[k]];
    }
}

#if defined(__x86_64__)
// Rows r[0..<8] at column j, transposed: out[t·sub + u] = r[u][j + t] for t, u < 8.
__attribute__((target("avx2"), always_inline)) static inline void transposeTile(const float *const *r, int j,
                                                                               float *o, size_t sub) {
    const __m256 r0 = _mm256_loadu_ps(r[0] + j), r1 = _mm256_loadu_ps(r[1] + j), r2 = _mm256_loadu_ps(r[2] + j),
                 r3 = _mm256_loadu_ps(r[3] + j), r4 = _mm256_loadu_ps(r[4] + j), r5 = _mm256_loadu_ps(r[5] + j),
                 r6 = _mm256_loadu_ps(r[6] + j), r7 = _mm256_loadu_ps(r[7] + j);
    const __m256 a0 = _mm256_unpacklo_ps(r0, r1), a1 = _mm256_unpackhi_ps(r0, r1);
    const __m256 a2 = _mm256_unpacklo_ps(r2, r3), a3 = _mm256_unpackhi_ps(r2, r3);
    const __m256 a4 = _mm256_unpacklo_ps(r4, r5), a5 = _mm256_unpackhi_ps(r4, r5);
    const __m256 a6 = _mm256_unpacklo_ps(r6, r7), a7 = _mm256_unpackhi_ps(r6, r7);
    const __m256 b0 = _mm256_shuffle_ps(a0, a2, 0x44), b1 = _mm256_shuffle_ps(a0, a2, 0xEE);
    const __m256 b2 = _mm256_shuffle_ps(a1, a3, 0x44), b3 = _mm256_shuffle_ps(a1, a3, 0xEE);
    const __m256 b4 = _mm256_shuffle_ps(a4, a6, 0x44), b5 = _mm256_shuffle_ps(a4, a6, 0xEE);
    const __m256 b6 = _mm256_shuffle_ps(a5, a7, 0x44), b7 = _mm256_shuffle_ps(a5, a7, 0xEE);
    _mm256_storeu_ps(o, _mm256_permute2f128_ps(b0, b4, 0x20));
    _mm256_storeu_ps(o + sub, _mm256_permute2f128_ps(b1, b5, 0x20));
    _mm256_storeu_ps(o + 2 * sub, _mm256_permute2f128_ps(b2, b6, 0x20));
    _mm256_storeu_ps(o + 3 * sub, _mm256_permute2f128_ps(b3, b7, 0x20));
    _mm256_storeu_ps(o + 4 * sub, _mm256_permute2f128_ps(b0, b4, 0x31));
    _mm256_storeu_ps(o + 5 * sub, _mm256_permute2f128_ps(b1, b5, 0x31));
    _mm256_storeu_ps(o + 6 * sub, _mm256_permute2f128_ps(b2, b6, 0x31));
    _mm256_storeu_ps(o + 7 * sub, _mm256_permute2f128_ps(b3, b7, 0x31));
}

// gatherRows for floats from the row-major copy, reading only the active rows (the
// column-major copy would read every row): 16 columns at a time, down all the active rows in
// tiles of 8 × 8 transposed in registers, so each row's cache line is read once and the
// 16 output columns are written as sequential streams.
__attribute__((target("avx2"))) static void transposeRows(const float *rowMajor, int n, const int *I, int sub,
                                                          float *out) {
    const int blocks = sub / 8 * 8;
    int j = 0;
    for (; j + 16 <= n; j += 16) {
        for (int k = 0; k < blocks; k += 8) {
            const float *r[8];
            for (int t = 0; t < 8; t++) r[t] = rowMajor + (size_t)I[k + t] * n;
            transposeTile(r, j, out + (size_t)j * sub + k, sub);
            transposeTile(r, j + 8, out + (size_t)(j + 8) * sub + k, sub);
        }
    }
    for (int k = 0; k < blocks; k++) {
        const float *r = rowMajor + (size_t)I[k] * n;
        for (int jj = j; jj < n; jj++) out[(size_t)jj * sub + k] = r[jj];
    }
    for (int k = blocks; k < sub; k++) {
        const float *r = rowMajor + (size_t)I[k] * n;
        for (int jj = 0; jj < n; jj++) out[(size_t)jj * sub + k] = r[jj];
    }
}
#endif

void DenseRows::select(const int *I, int sizeI) {
    active.assign(I, I + sizeI);
    if (!narrow) {
        subColMajor.wide.resize((size_t)sizeI * n);
        gatherRows(colMajor.wide.data(), l, n, I, sizeI, subColMajor.wide.data());
        return;
    }
    subColMajor.narrow.resize((size_t)sizeI * n);
#if defined(__x86_64__)
    static const bool avx2 = __builtin_cpu_supports("avx2");
    if (avx2) { transposeRows(rowMajor.narrow.data(), n, I, sizeI, subColMajor.narrow.data()); return; }
#endif
    gatherRows(colMajor.narrow.data(), l, n, I, sizeI, subColMajor.narrow.data());
}

void DenseRows::subXv(const double *v, double *out) const { products(subColMajor, (int)active.size(), n, v, out); }

void DenseRows::subXTv(const double *v, double *out) const {
    const Indexed column{(size_t)n, active.data()};
    const int sub = (int)active.size();
    if (narrow) indexedProductsF(rowMajor.narrow.data(), column, n, sub, v, out);
    else indexedProductsD(rowMajor.wide.data(), column, n, sub, v, out);
}
