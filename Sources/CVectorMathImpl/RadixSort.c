// Stable sorting of numbers by least-significant-digit radix sort: linear time, stable by
// construction (numpy's kind="stable" is a merge sort/timsort or radix sort). Each number maps
// to an unsigned key whose order is numpy's: -0.0 and 0.0 equal (ties keep their order), every
// NaN equal and after +inf.
//
// Speed (bench/ndarray, 1e6 doubles): 8-bit digits, so a pass scatters into 256 streams that
// stay in L1 and the TLB (11-bit digits thrashed both); huge pages for the scratch buffers;
// sort moves keys only and turns them back into values (the map is one-to-one except for
// zeros and NaNs, whose runs are refilled from the input in input order, so zero signs and NaN
// payloads come out where a stable sort puts them); argsort carries 4-byte indices.
#include "CVectorMath.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

enum { DIGIT = 8, BUCKETS = 1 << DIGIT };

/// `bytes` of scratch; from 4 MiB on, 2 MiB-aligned and backed by huge pages where Linux
/// allows (the passes write all over it, and 4 KiB pages cost a TLB miss per write).
static void *scratch(size_t bytes) {
#if defined(__linux__)
    const size_t huge = (size_t)2 << 20;
    if (bytes >= (size_t)4 << 20) {
        size_t rounded = (bytes + huge - 1) & ~(huge - 1);
        void *m = aligned_alloc(huge, rounded);
        if (m) madvise(m, rounded, MADV_HUGEPAGE);
        return m;
    }
#endif
    return malloc(bytes ? bytes : 1);
}

/// Per-pass bucket offsets for keys[0..<n]; returns the number of passes that move anything,
/// their indices in `active` (a pass whose digit is the same for every key is skipped).
#define HISTOGRAM(U)                                                                            \
    static int histogram_##U(const U *k, long n, long (*counts)[BUCKETS], int *active) {        \
        enum { PASSES = (int)(sizeof(U) * 8 / DIGIT) };                                         \
        memset(counts, 0, sizeof(long) * BUCKETS * PASSES);                                     \
        for (long i = 0; i < n; i++) {                                                          \
            U x = k[i];                                                                         \
            for (int p = 0; p < PASSES; p++) counts[p][(x >> (p * DIGIT)) & (BUCKETS - 1)]++;   \
        }                                                                                       \
        int m = 0;                                                                              \
        for (int p = 0; p < PASSES; p++) {                                                      \
            long *c = counts[p];                                                                \
            if (c[(k[0] >> (p * DIGIT)) & (BUCKETS - 1)] == n) continue;                        \
            long total = 0;                                                                     \
            for (int b = 0; b < BUCKETS; b++) { long t = c[b]; c[b] = total; total += t; }      \
            active[m++] = p;                                                                    \
        }                                                                                       \
        return m;                                                                               \
    }
HISTOGRAM(uint64_t)
HISTOGRAM(uint32_t)

/// Sorts keys[0..<n] (scratch: another n); returns where the sorted keys are.
#define SORT_KEYS(U)                                                                            \
    static U *sort_keys_##U(U *k, U *k2, long n) {                                              \
        long counts[sizeof(U) * 8 / DIGIT][BUCKETS];                                            \
        int active[sizeof(U) * 8 / DIGIT];                                                      \
        int passes = histogram_##U(k, n, counts, active);                                       \
        for (int q = 0; q < passes; q++) {                                                      \
            long *c = counts[active[q]];                                                        \
            const int shift = active[q] * DIGIT;                                                \
            for (long i = 0; i < n; i++) { U x = k[i]; k2[c[(x >> shift) & (BUCKETS - 1)]++] = x; } \
            U *t = k; k = k2; k2 = t;                                                           \
        }                                                                                       \
        return k;                                                                               \
    }
SORT_KEYS(uint64_t)
SORT_KEYS(uint32_t)

/// Sorts keys[0..<n] carrying 4-byte indices (scratch: another n of each); the last pass
/// writes the indices as `long`s to order[i*stride].
#define SORT_INDICES(U)                                                                         \
    static void sort_indices_##U(U *k, U *k2, uint32_t *ix, uint32_t *ix2, long n, long *order, long stride) { \
        long counts[sizeof(U) * 8 / DIGIT][BUCKETS];                                            \
        int active[sizeof(U) * 8 / DIGIT];                                                      \
        int passes = histogram_##U(k, n, counts, active);                                       \
        if (passes == 0) { for (long i = 0; i < n; i++) order[i * stride] = i; return; }        \
        for (long i = 0; i < n; i++) ix[i] = (uint32_t)i;                                       \
        for (int q = 0; q < passes - 1; q++) {                                                  \
            long *c = counts[active[q]];                                                        \
            const int shift = active[q] * DIGIT;                                                \
            for (long i = 0; i < n; i++) {                                                      \
                U x = k[i];                                                                     \
                long at = c[(x >> shift) & (BUCKETS - 1)]++;                                    \
                k2[at] = x;                                                                     \
                ix2[at] = ix[i];                                                                \
            }                                                                                   \
            U *t = k; k = k2; k2 = t;                                                           \
            uint32_t *u = ix; ix = ix2; ix2 = u;                                                \
        }                                                                                       \
        long *c = counts[active[passes - 1]];                                                   \
        const int shift = active[passes - 1] * DIGIT;                                           \
        if (stride == 1) {                                                                      \
            for (long i = 0; i < n; i++) order[c[(k[i] >> shift) & (BUCKETS - 1)]++] = ix[i];   \
        } else {                                                                                \
            for (long i = 0; i < n; i++) order[c[(k[i] >> shift) & (BUCKETS - 1)]++ * stride] = ix[i]; \
        }                                                                                       \
    }
SORT_INDICES(uint64_t)
SORT_INDICES(uint32_t)

// Floats: NaN above everything, -0.0 as 0.0, negatives' bits inverted, positives' sign set.
// `value_` inverts it for every key but a NaN's and a negative zero's (see `refill`).
#define FLOAT_KEY(S, T, U)                                                                      \
    static inline U key_##S(T x) {                                                              \
        if (x != x) return (U)-1;                                                               \
        if (x == 0) x = 0;                                                                      \
        U b;                                                                                    \
        memcpy(&b, &x, sizeof b);                                                               \
        const U sign = (U)1 << (8 * sizeof(U) - 1);                                             \
        return (b & sign) ? ~b : b | sign;                                                      \
    }                                                                                           \
    static inline T value_##S(U k) {                                                            \
        const U sign = (U)1 << (8 * sizeof(U) - 1);                                             \
        U b = (k & sign) ? k & ~sign : ~k;                                                      \
        T x;                                                                                    \
        memcpy(&x, &b, sizeof x);                                                               \
        return x;                                                                               \
    }                                                                                           \
    /* The runs of zeros and NaNs of the sorted c (keys lose zero signs and NaN payloads),  */  \
    /* rewritten with the input's zeros and NaNs in input order: what a stable sort gives.  */  \
    static void refill_##S(const T *a, long n, long stride, T *c, long zeros, long nans) {      \
        long z = 0;                                                                             \
        if (zeros) {                                                                            \
            long lo = 0, hi = n - nans;                                                         \
            while (lo < hi) { long mid = lo + (hi - lo) / 2; if (c[mid * stride] < 0) lo = mid + 1; else hi = mid; } \
            z = lo;                                                                             \
        }                                                                                       \
        long q = n - nans;                                                                      \
        for (long i = 0; i < n && (zeros || nans); i++) {                                       \
            T x = a[i * stride];                                                                \
            if (x == 0 && zeros) { c[z++ * stride] = x; zeros--; }                              \
            else if (x != x && nans) { c[q++ * stride] = x; nans--; }                           \
        }                                                                                       \
    }
FLOAT_KEY(f64, double, uint64_t)
FLOAT_KEY(f32, float, uint32_t)

static inline uint64_t key_i64(long long x) { return (uint64_t)x ^ 0x8000000000000000ull; }
static inline long long value_i64(uint64_t k) { return (long long)(k ^ 0x8000000000000000ull); }

/// argsort and sort of one lane of type T (keys U) for cvm_argsort_S / cvm_sort_S. For
/// floats, `sort` counts zeros, negative zeros and NaNs while making keys: a refill is due
/// only when a negative zero or a NaN is present.
#define ORDER(S, T, U, FLOATING)                                                                \
    int cvm_argsort_##S(const T *a, long n, long stride, long *order) {                         \
        if ((unsigned long)n > UINT32_MAX) return -1;                                           \
        char *m = scratch((size_t)n * (2 * sizeof(U) + 2 * sizeof(uint32_t)));                  \
        if (!m) return -1;                                                                      \
        U *k = (U *)m, *k2 = k + n;                                                             \
        uint32_t *ix = (uint32_t *)(k2 + n), *ix2 = ix + n;                                     \
        for (long i = 0; i < n; i++) k[i] = key_##S(a[i * stride]);                             \
        sort_indices_##U(k, k2, ix, ix2, n, order, stride);                                     \
        free(m);                                                                                \
        return 0;                                                                               \
    }                                                                                           \
    int cvm_sort_##S(const T *a, long n, long stride, T *c) {                                   \
        U *k = scratch((size_t)n * 2 * sizeof(U));                                              \
        if (!k) return -1;                                                                      \
        long zeros = 0, negativeZeros = 0, nans = 0;                                            \
        for (long i = 0; i < n; i++) {                                                          \
            T x = a[i * stride];                                                                \
            k[i] = key_##S(x);                                                                  \
            if (FLOATING) {                                                                     \
                U bits;                                                                         \
                memcpy(&bits, &x, sizeof bits);                                                 \
                zeros += x == 0;                                                                \
                negativeZeros += x == 0 && (bits >> (8 * sizeof(U) - 1));                       \
                nans += x != x;                                                                 \
            }                                                                                   \
        }                                                                                       \
        (void)zeros;                                                                            \
        const U *sorted = sort_keys_##U(k, k + n, n);                                           \
        for (long i = 0; i < n; i++) c[i * stride] = value_##S(sorted[i]);                      \
        if (negativeZeros || nans) REFILL(S, a, n, stride, c, negativeZeros ? zeros : 0, nans); \
        free(k);                                                                                \
        return 0;                                                                               \
    }
#define REFILL(S, ...) refill_##S(__VA_ARGS__)
ORDER(f64, double, uint64_t, 1)
ORDER(f32, float, uint32_t, 1)
#undef REFILL
#define REFILL(S, ...) (void)0
ORDER(i64, long long, uint64_t, 0)
