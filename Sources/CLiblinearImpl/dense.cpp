// See dense.h. No fused multiply-add anywhere: scikit-learn's liblinear rounds each product.
#pragma STDC FP_CONTRACT OFF
#include "simd_clones.h"
#include "dense.h"
#include "linear.h"
#include <algorithm>
#include <cstddef>
#include <memory>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

// The copies of the last problem loaded (and transposed) on this thread while sharing is on
// (dense_share.h).
static thread_local bool sharing = false;
static thread_local std::shared_ptr<const DenseRows::Matrix> shared;
static thread_local std::shared_ptr<SharedColumns::Columns> sharedColumns;

void liblinear_share_dense_rows(int on) {
    sharing = on != 0;
    shared.reset();
    sharedColumns.reset();
}

// Whether `rows` (and n) are the rows of `prob`, the same feature_node pointers in order.
static bool sameRows(const std::vector<const feature_node *> &rows, int n, const problem *prob) {
    return (int)rows.size() == prob->l && n == prob->n && std::equal(rows.begin(), rows.end(), prob->x);
}

SharedColumns::Columns::~Columns() {
    delete[] prob.y;
    delete[] prob.x;
    delete[] prob.W;
    delete[] space;
}

SharedColumns::SharedColumns(const problem *rows, void (*transpose)(const problem *, feature_node **, problem *)) {
    if (sharing && sharedColumns && sameRows(sharedColumns->rows, sharedColumns->prob.n, rows)) {
        columns = sharedColumns;
        // The labels and weights are the fit's own (the same rows may be fitted to other labels).
        std::copy(rows->y, rows->y + rows->l, columns->prob.y);
        std::copy(rows->W, rows->W + rows->l, columns->prob.W);
        return;
    }
    columns = std::make_shared<Columns>();
    columns->rows.assign(rows->x, rows->x + rows->l);
    transpose(rows, &columns->space, &columns->prob);
    if (sharing) sharedColumns = columns;
}

// Row i's value of feature j in a panel copy (dense.h).
static inline size_t panelIndex(int i, int j, int n) {
    return ((size_t)(i / panelRows) * n + j) * panelRows + i % panelRows;
}
static inline int panelsFor(int rows) { return (rows + panelRows - 1) / panelRows; }

// The rows of `prob`, in both layouts, or null when a row lacks a feature.
static std::shared_ptr<const DenseRows::Matrix> copyRows(const problem *prob) {
    bool narrow = true;
    for (int i = 0; i < prob->l; i++) {
        const feature_node *s = prob->x[i];
        for (int j = 0; j < prob->n; j++, s++) {
            if (s->index != j + 1) return nullptr;
            narrow = narrow && (double)(float)s->value == s->value;
        }
        if (s->index != -1) return nullptr;
    }
    auto m = std::make_shared<DenseRows::Matrix>();
    const int l = prob->l, n = prob->n;
    m->rows.assign(prob->x, prob->x + l);
    m->n = n;
    m->narrow = narrow;
    const size_t size = (size_t)l * n, panelSize = (size_t)panelsFor(l) * n * panelRows;
    if (narrow) { m->rowMajor.narrow.resize(size); m->panels.narrow.assign(panelSize, 0); }
    else { m->rowMajor.wide.resize(size); m->panels.wide.assign(panelSize, 0); }
    for (int i = 0; i < l; i++) {
        const feature_node *s = prob->x[i];
        for (int j = 0; j < n; j++) {
            const size_t r = (size_t)i * n + j, c = panelIndex(i, j, n);
            if (narrow) m->rowMajor.narrow[r] = m->panels.narrow[c] = (float)s[j].value;
            else m->rowMajor.wide[r] = m->panels.wide[c] = s[j].value;
        }
    }
    return m;
}

bool DenseRows::load(const problem *prob) {
    l = 0;
    const bool same = sharing && shared && sameRows(shared->rows, shared->n, prob);
    auto copy = same ? shared : copyRows(prob);
    if (!copy) return false;
    if (sharing) shared = copy;
    matrix = copy;
    l = prob->l;
    n = prob->n;
    narrow = copy->narrow;
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

// out[i] += v0·c0[i] + v1·c1[i] + v2·c2[i] + v3·c3[i], added left to right, for i in [from, to).
template <typename T>
__attribute__((always_inline)) static inline void addColumns(const T *c0, const T *c1, const T *c2, const T *c3,
                                                             double v0, double v1, double v2, double v3, int from,
                                                             int to, double *out) {
    for (int i = from; i < to; i++) {
        double a = out[i];
        a += v0 * (double)c0[i];
        a += v1 * (double)c1[i];
        a += v2 * (double)c2[i];
        a += v3 * (double)c3[i];
        out[i] = a;
    }
}

// out[i] = Σ_j v[j]·col(j)[i] for i < l, j ascending, four columns per pass over out. Each
// pass prefetches the next four columns a cache line at a time: the active rows of the
// squared hinge (Indexed) are scattered, so the hardware prefetcher would restart at every
// column.
template <typename T, typename Column>
__attribute__((always_inline)) static inline void columnProductsOf(const T *base, Column column, int l, int n,
                                                                   const double *v, double *out) {
    constexpr int line = 64 / sizeof(T);
    for (int i = 0; i < l; i++) out[i] = 0;
    int j = 0;
    for (; j + 4 <= n; j += 4) {
        const double v0 = v[j], v1 = v[j + 1], v2 = v[j + 2], v3 = v[j + 3];
        const T *c0 = base + column(j), *c1 = base + column(j + 1), *c2 = base + column(j + 2),
                *c3 = base + column(j + 3);
        const int next = std::min(j + 4, std::max(n - 4, 0));
        const T *p0 = base + column(next), *p1 = base + column(next + 1), *p2 = base + column(next + 2),
                *p3 = base + column(next + 3);
        int i = 0;
        for (; i + line <= l; i += line) {
            __builtin_prefetch(p0 + i);
            __builtin_prefetch(p1 + i);
            __builtin_prefetch(p2 + i);
            __builtin_prefetch(p3 + i);
            addColumns(c0, c1, c2, c3, v0, v1, v2, v3, i, i + line, out);
        }
        addColumns(c0, c1, c2, c3, v0, v1, v2, v3, i, l, out);
    }
    for (; j < n; j++) {
        const double vj = v[j];
        const T *c = base + column(j);
        for (int i = 0; i < l; i++) out[i] += vj * (double)c[i];
    }
}

// out[i] = Σ_j v[j]·x[i][j] for i < rows, j ascending, from a panel copy: each panel's rows
// summed side by side in registers over all n features, one pass over the panel's values,
// prefetched some 3 KB ahead (the panels come from L3 when the copy outgrows L2).
constexpr int prefetchDistance = 24;  // features
template <typename T>
__attribute__((always_inline)) static inline void panelProductsOf(const T *panels, int rows, int n, const double *v,
                                                                  double *out) {
    for (int b = 0; b * panelRows < rows; b++) {
        double sum[panelRows];
        for (int t = 0; t < panelRows; t++) sum[t] = 0;
        const T *p = panels + (size_t)b * n * panelRows;
        for (int j = 0; j < n; j++, p += panelRows) {
            const double vj = v[j];
            for (size_t o = 0; o < panelRows * sizeof(T); o += 64)
                __builtin_prefetch((const char *)(p + prefetchDistance * panelRows) + o);
            for (int t = 0; t < panelRows; t++) sum[t] += vj * (double)p[t];
        }
        const int count = std::min(panelRows, rows - b * panelRows);
        for (int t = 0; t < count; t++) out[b * panelRows + t] = sum[t];
    }
}

#define LIBLINEAR_DENSE_PRODUCTS(name, T, Column)                                              \
    LIBLINEAR_SIMD_CLONES static void name(                                                    \
        const T *base, Column column, int l, int n, const double *v, double *out) {            \
        columnProductsOf(base, column, l, n, v, out);                                          \
    }
LIBLINEAR_DENSE_PRODUCTS(columnProductsD, double, Contiguous)
LIBLINEAR_DENSE_PRODUCTS(columnProductsF, float, Contiguous)
LIBLINEAR_DENSE_PRODUCTS(indexedProductsD, double, Indexed)
LIBLINEAR_DENSE_PRODUCTS(indexedProductsF, float, Indexed)

#define LIBLINEAR_PANEL_PRODUCTS(name, T)                                                      \
    LIBLINEAR_SIMD_CLONES static void name(const T *panels, int rows, int n, const double *v, double *out) { \
        panelProductsOf(panels, rows, n, v, out);                                              \
    }
LIBLINEAR_PANEL_PRODUCTS(panelProductsD, double)
LIBLINEAR_PANEL_PRODUCTS(panelProductsF, float)

void DenseRows::panelProducts(const Copy &c, int rows, const double *v, double *out) const {
    if (narrow) panelProductsF(c.narrow.data(), rows, n, v, out);
    else panelProductsD(c.wide.data(), rows, n, v, out);
}

void DenseRows::Xv(const double *v, double *out) const { panelProducts(matrix->panels, l, v, out); }

// Xᵀ·v is the column products of the row-major copy read as (n × l) column-major.
void DenseRows::XTv(const double *v, double *out) const {
    const Contiguous column{(size_t)n};
    if (narrow) columnProductsF(matrix->rowMajor.narrow.data(), column, n, l, v, out);
    else columnProductsD(matrix->rowMajor.wide.data(), column, n, l, v, out);
}

// Row `row` (n values) into slot p of a panel copy.
template <typename T>
static void placeRow(const T *row, int n, int p, T *out) {
    T *o = out + panelIndex(p, 0, n);
    for (int j = 0; j < n; j++) o[(size_t)j * panelRows] = row[j];
}

#if defined(__x86_64__)
// Rows r[0..<8] at column j, transposed: out[t·stride + u] = r[u][j + t] for t, u < 8.
__attribute__((target("avx2"), always_inline)) static inline void transposeTile(const float *const *r, int j,
                                                                               float *o, size_t stride) {
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
    _mm256_storeu_ps(o + stride, _mm256_permute2f128_ps(b1, b5, 0x20));
    _mm256_storeu_ps(o + 2 * stride, _mm256_permute2f128_ps(b2, b6, 0x20));
    _mm256_storeu_ps(o + 3 * stride, _mm256_permute2f128_ps(b3, b7, 0x20));
    _mm256_storeu_ps(o + 4 * stride, _mm256_permute2f128_ps(b0, b4, 0x31));
    _mm256_storeu_ps(o + 5 * stride, _mm256_permute2f128_ps(b1, b5, 0x31));
    _mm256_storeu_ps(o + 6 * stride, _mm256_permute2f128_ps(b2, b6, 0x31));
    _mm256_storeu_ps(o + 7 * stride, _mm256_permute2f128_ps(b3, b7, 0x31));
}

// Rows I[0..<count] of a row-major float copy into slots 0..<count of a panel copy: 16
// columns at a time, down the rows in tiles of 8 × 8 transposed in registers, so each row's
// cache line is read once.
__attribute__((target("avx2"))) static void transposeRows(const float *rowMajor, int n, const int *I, int count,
                                                          float *out) {
    const int blocks = count / 8 * 8;
    int j = 0;
    for (; j + 16 <= n; j += 16) {
        for (int k = 0; k < blocks; k += 8) {
            const float *r[8];
            for (int t = 0; t < 8; t++) r[t] = rowMajor + (size_t)I[k + t] * n;
            transposeTile(r, j, out + panelIndex(k, j, n), panelRows);
            transposeTile(r, j + 8, out + panelIndex(k, j + 8, n), panelRows);
        }
    }
    for (int k = 0; k < blocks; k++) {
        const float *r = rowMajor + (size_t)I[k] * n;
        for (int jj = j; jj < n; jj++) out[panelIndex(k, jj, n)] = r[jj];
    }
    for (int k = blocks; k < count; k++) placeRow(rowMajor + (size_t)I[k] * n, n, k, out);
}
#endif

// Rows I[0..<count] into slots 0..<count of a panel copy.
template <typename T>
static void placeRows(const T *rowMajor, int n, const int *I, int count, T *out) {
#if defined(__x86_64__)
    if constexpr (sizeof(T) == sizeof(float)) {
        static const bool avx2 = __builtin_cpu_supports("avx2");
        if (avx2) { transposeRows(rowMajor, n, I, count, out); return; }
    }
#endif
    for (int k = 0; k < count; k++) placeRow(rowMajor + (size_t)I[k] * n, n, k, out);
}

// The active set changes by a few rows between two gradients (about 15 of 290 on the
// problems of plot_haxby_different_estimators), so the panel copy of the active rows is kept
// in slots and updated: a leaving row frees its slot, an entering row takes a free slot (or a
// new one at the end), and the last slots fill the holes left, so slots 0..<sizeI hold the
// active rows in some order. subXv sums each row on its own (its value does not depend on
// where the row sits), then reads the sums in the order of I. Only when many rows change is
// the copy rebuilt in the order of I, 8 × 8 tiles at a time.
template <typename T>
void DenseRows::updateSlots(const T *rowMajor, std::vector<T> &copy) {
    const int sizeI = (int)active.size();
    int m = (int)slotRow.size();
    for (int i : active) entering[i] = 1;
    holes.clear();
    for (int p = 0; p < m; p++) {
        if (entering[slotRow[p]]) continue;
        rowSlot[slotRow[p]] = -1;
        holes.push_back(p);
    }
    int changed = 0;
    for (int i : active) changed += rowSlot[i] < 0;
    // Whole panels, a few more than the active set, for the rows entering later.
    const size_t size = (size_t)panelsFor(std::max(sizeI, m) + panelRows) * n * panelRows;
    if (copy.size() < size) copy.resize(size);
    if (changed * 4 > sizeI) {
        for (int p = 0; p < m; p++) rowSlot[slotRow[p]] = -1;
        slotRow = active;
        for (int k = 0; k < sizeI; k++) { rowSlot[active[k]] = k; entering[active[k]] = 0; }
        placeRows(rowMajor, n, active.data(), sizeI, copy.data());
        return;
    }
    T *slots = copy.data();
    size_t lo = 0, hi = holes.size();  // the unfilled holes, ascending
    auto place = [&](int i, int p) {
        slotRow[p] = i;
        rowSlot[i] = p;
        placeRow(rowMajor + (size_t)i * n, n, p, slots);
    };
    for (int i : active) {
        entering[i] = 0;
        if (rowSlot[i] >= 0) continue;
        if (lo < hi) place(i, holes[lo++]);
        else { slotRow.push_back(i); place(i, m++); }
    }
    while (lo < hi) {
        if (holes[hi - 1] == m - 1) { hi--; m--; slotRow.pop_back(); continue; }
        place(slotRow[m - 1], holes[lo++]);
        m--;
        slotRow.pop_back();
    }
}

void DenseRows::select(const int *I, int sizeI) {
    active.assign(I, I + sizeI);
    if (rowSlot.empty()) {
        rowSlot.assign(l, -1);
        entering.assign(l, 0);
        slotSums.resize(l);
    }
    if (narrow) updateSlots(matrix->rowMajor.narrow.data(), slotPanels.narrow);
    else updateSlots(matrix->rowMajor.wide.data(), slotPanels.wide);
}

void DenseRows::subXv(const double *v, double *out) const {
    const int m = (int)slotRow.size();
    double *sums = const_cast<double *>(slotSums.data());
    panelProducts(slotPanels, m, v, sums);
    for (int k = 0; k < m; k++) out[k] = sums[rowSlot[active[k]]];
}

void DenseRows::subXTv(const double *v, double *out) const {
    const Indexed column{(size_t)n, active.data()};
    const int sub = (int)active.size();
    if (narrow) indexedProductsF(matrix->rowMajor.narrow.data(), column, n, sub, v, out);
    else indexedProductsD(matrix->rowMajor.wide.data(), column, n, sub, v, out);
}
