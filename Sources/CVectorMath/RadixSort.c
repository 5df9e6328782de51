// Stable sorting of numbers by least-significant-digit radix sort: linear time, stable by
// construction (numpy's kind="stable" is a merge sort/timsort or radix sort). Each number maps
// to an unsigned key whose order is numpy's: -0.0 and 0.0 equal (ties keep their order), every
// NaN equal and after +inf. The sorted values are gathered from the input, so NaN payloads and
// the sign of zero survive.
#include "CVectorMath.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { DIGIT = 11, BUCKETS = 1 << DIGIT };

/// Sorts keys[0..<n] with their indices; returns 0, or -1 when memory ran out. The result is
/// left in `*keys`/`*index` (which may be swapped with the scratch buffers).
#define RADIX(U, BITS)                                                                          \
    static int radix_##BITS(U **keys, long **index, U *key_scratch, long *index_scratch, long n) { \
        enum { PASSES = (BITS + DIGIT - 1) / DIGIT };                                           \
        long *counts = calloc((size_t)PASSES * BUCKETS, sizeof(long));                          \
        if (!counts) return -1;                                                                 \
        U *k = *keys, *k2 = key_scratch;                                                        \
        long *ix = *index, *ix2 = index_scratch;                                                \
        for (long i = 0; i < n; i++)                                                            \
            for (int p = 0; p < PASSES; p++) counts[p * BUCKETS + ((k[i] >> (p * DIGIT)) & (BUCKETS - 1))]++; \
        for (int p = 0; p < PASSES; p++) {                                                      \
            long *c = counts + p * BUCKETS;                                                     \
            if (c[(k[0] >> (p * DIGIT)) & (BUCKETS - 1)] == n) continue; /* one bucket: no-op */ \
            long total = 0;                                                                     \
            for (int b = 0; b < BUCKETS; b++) { long t = c[b]; c[b] = total; total += t; }      \
            for (long i = 0; i < n; i++) {                                                      \
                long at = c[(k[i] >> (p * DIGIT)) & (BUCKETS - 1)]++;                           \
                k2[at] = k[i];                                                                  \
                ix2[at] = ix[i];                                                                \
            }                                                                                   \
            U *kt = k; k = k2; k2 = kt;                                                         \
            long *it = ix; ix = ix2; ix2 = it;                                                  \
        }                                                                                       \
        free(counts);                                                                           \
        *keys = k;                                                                              \
        *index = ix;                                                                            \
        return 0;                                                                               \
    }
RADIX(uint64_t, 64)
RADIX(uint32_t, 32)

// Floats: NaN above everything, -0.0 as 0.0, negatives' bits inverted, positives' sign set.
#define FLOAT_KEY(S, T, U)                                                                      \
    static inline U key_##S(T x) {                                                              \
        if (x != x) return (U)-1;                                                               \
        if (x == 0) x = 0;                                                                      \
        U b;                                                                                    \
        memcpy(&b, &x, sizeof b);                                                               \
        const U sign = (U)1 << (8 * sizeof(U) - 1);                                             \
        return (b & sign) ? ~b : b | sign;                                                      \
    }
FLOAT_KEY(f64, double, uint64_t)
FLOAT_KEY(f32, float, uint32_t)

static inline uint64_t key_i64(long long x) { return (uint64_t)x ^ 0x8000000000000000ull; }

/// The sorted order of one lane: keys, two index buffers, and the radix passes.
#define ORDER(S, T, U, BITS)                                                                    \
    static long *order_##S(const T *a, long n, long stride, void **block) {                     \
        char *m = malloc((size_t)n * (2 * sizeof(U) + 2 * sizeof(long)));                       \
        if (!m) return NULL;                                                                    \
        U *k = (U *)m, *k2 = k + n;                                                             \
        long *ix = (long *)(k2 + n), *ix2 = ix + n;                                             \
        for (long i = 0; i < n; i++) { k[i] = key_##S(a[i * stride]); ix[i] = i; }              \
        if (radix_##BITS(&k, &ix, k2, ix2, n) != 0) { free(m); return NULL; }                   \
        *block = m;                                                                             \
        return ix;                                                                              \
    }                                                                                           \
    int cvm_argsort_##S(const T *a, long n, long stride, long *order) {                         \
        void *block;                                                                            \
        long *ix = order_##S(a, n, stride, &block);                                             \
        if (!ix) return -1;                                                                     \
        for (long i = 0; i < n; i++) order[i * stride] = ix[i];                                 \
        free(block);                                                                            \
        return 0;                                                                               \
    }                                                                                           \
    int cvm_sort_##S(const T *a, long n, long stride, T *c) {                                   \
        void *block;                                                                            \
        long *ix = order_##S(a, n, stride, &block);                                             \
        if (!ix) return -1;                                                                     \
        for (long i = 0; i < n; i++) c[i * stride] = a[ix[i] * stride];                         \
        free(block);                                                                            \
        return 0;                                                                               \
    }
ORDER(f64, double, uint64_t, 64)
ORDER(f32, float, uint32_t, 32)
ORDER(i64, long long, uint64_t, 64)
