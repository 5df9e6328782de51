// NDArray's compute-bound loops, compiled three times (AVX-512, AVX2, SSE2) and chosen at run
// time like numpy's dispatched loops: Swift code is built for the baseline x86-64 (SSE2), where
// these loops run at a quarter of the width or do not vectorize at all. Plain C, no fast-math:
// the same IEEE results whichever variant runs.
#include "CVectorMath.h"

#include <math.h>
#include <stdint.h>

#include "Dispatch.h"

#define COMPARE_LOOPS(OP, T)                                                                \
    if (sa == 1 && sb == 1) for (long i = 0; i < n; i++) c[i] = a[i] OP b[i];                 \
    else if (sa == 1) { T rhs = b[0]; for (long i = 0; i < n; i++) c[i] = a[i] OP rhs; }      \
    else if (sb == 1) { T lhs = a[0]; for (long i = 0; i < n; i++) c[i] = lhs OP b[i]; }      \
    else { _Bool v = a[0] OP b[0]; for (long i = 0; i < n; i++) c[i] = v; }

// Four vectors of running extremes over 4L values a step, and a mask of the NaN lanes seen;
// then folded into m0. PICK(m, x, G) is x where G (x > m, or x < m) holds, else m: written
// as a bitwise select it compiles to one vmaxpd/vminpd (no NaN handling in the loop, as NaNs
// are tracked apart), where __builtin_elementwise_max took three instructions.
#define PICK(m, x, G) ((V)(((M)(x) & (G)) | ((M)(m) & ~(G))))
#define EXTREME_STEP(m, x, CMP) m = PICK(m, x, (M)((x) CMP (m)))
#define EXTREME_LOOP(CMP)                                                                      \
    for (; i + 4 * L <= n; i += 4 * L) {                                                       \
        __builtin_memcpy(&x0, a + i, 64); __builtin_memcpy(&x1, a + i + L, 64);                \
        __builtin_memcpy(&x2, a + i + 2 * L, 64); __builtin_memcpy(&x3, a + i + 3 * L, 64);    \
        EXTREME_STEP(m0, x0, CMP); EXTREME_STEP(m1, x1, CMP);                                  \
        EXTREME_STEP(m2, x2, CMP); EXTREME_STEP(m3, x3, CMP);                                  \
        bad |= (x0 != x0) | (x1 != x1) | (x2 != x2) | (x3 != x3);                              \
    }                                                                                          \
    EXTREME_STEP(m0, m1, CMP); EXTREME_STEP(m2, m3, CMP); EXTREME_STEP(m0, m2, CMP);

#define TYPED(T, I, S)                                                                           \
    INLINE T cvm_extreme_##S##_body(const T *a, long n, int maximum) {                          \
        /* Vector lanes of max/min (which ignore NaN); NaN tracked apart, so any NaN wins. */   \
        typedef T V __attribute__((vector_size(64)));                                          \
        typedef I M __attribute__((vector_size(64)));                                          \
        enum { L = 64 / sizeof(T) };                                                           \
        T r = a[0]; _Bool nan = r != r;                                                        \
        long i = 0;                                                                            \
        if (n >= 4 * L) {                                                                      \
            V m0, m1, m2, m3, x0, x1, x2, x3; M bad = {0};                                     \
            __builtin_memcpy(&m0, a, 64); m1 = m2 = m3 = m0;                                   \
            if (maximum) { EXTREME_LOOP(>) }                                                   \
            else { EXTREME_LOOP(<) }                                                           \
            for (int k = 0; k < L; k++) { nan |= bad[k] != 0; T x = m0[k]; if (maximum ? x > r : x < r) r = x; } \
        }                                                                                      \
        for (; i < n; i++) { T x = a[i]; if (maximum ? x > r : x < r) r = x; nan |= x != x; }  \
        return nan ? (T)NAN : r;                                                               \
    }                                                                                           \
    CLONES(T, cvm_extreme_##S, (const T *a, long n, int maximum), (a, n, maximum))              \
                                                                                                \
    INLINE long cvm_first_##S##_body(const T *a, long n, T v) {                                     \
        long start = 0;                                                                         \
        if (v == v) {                                                                           \
            for (; start + 64 <= n; start += 64) {                                              \
                _Bool hit = 0;                                                                  \
                for (long j = start; j < start + 64; j++) hit |= a[j] == v;                     \
                if (hit) break;                                                                 \
            }                                                                                   \
            for (long i = start; i < n; i++) if (a[i] == v) return i;                           \
        } else {                                                                                \
            for (; start + 64 <= n; start += 64) {                                              \
                _Bool hit = 0;                                                                  \
                for (long j = start; j < start + 64; j++) hit |= a[j] != a[j];                  \
                if (hit) break;                                                                 \
            }                                                                                   \
            for (long i = start; i < n; i++) if (a[i] != a[i]) return i;                        \
        }                                                                                       \
        return -1;                                                                              \
    }                                                                                           \
    CLONES(long, cvm_first_##S, (const T *a, long n, T v), (a, n, v))                           \
                                                                                                \
    INLINE void cvm_compare_##S##_body(int op, const T *a, long sa, const T *b, long sb, _Bool *c, long n) { \
        switch (op) {                                                                           \
        case CVM_EQUAL: COMPARE_LOOPS(==, T) break;                                          \
        case CVM_NOT_EQUAL: COMPARE_LOOPS(!=, T) break;                                      \
        case CVM_LESS: COMPARE_LOOPS(<, T) break;                                            \
        case CVM_LESS_EQUAL: COMPARE_LOOPS(<=, T) break;                                     \
        case CVM_GREATER: COMPARE_LOOPS(>, T) break;                                         \
        default: COMPARE_LOOPS(>=, T) break;                                                 \
        }                                                                                       \
    }                                                                                           \
    CLONES(void, cvm_compare_##S, (int op, const T *a, long sa, const T *b, long sb, _Bool *c, long n), \
           (op, a, sa, b, sb, c, n))                                                            \
                                                                                                \
    INLINE void cvm_classify_##S##_body(const T *a, _Bool *c, long n, int finite) {                 \
        if (finite) for (long i = 0; i < n; i++) c[i] = (a[i] - a[i]) == 0;                     \
        else for (long i = 0; i < n; i++) c[i] = a[i] != a[i];                                  \
    }                                                                                           \
    CLONES(void, cvm_classify_##S, (const T *a, _Bool *c, long n, int finite), (a, c, n, finite)) \
                                                                                                \
    INLINE void cvm_clip_##S##_body(const T *a, T *c, long n, T low, T high) {                      \
        for (long i = 0; i < n; i++) { T x = a[i]; c[i] = x < low ? low : (x > high ? high : x); } \
    }                                                                                           \
    CLONES(void, cvm_clip_##S, (const T *a, T *c, long n, T low, T high), (a, c, n, low, high)) \
                                                                                                \
    INLINE void cvm_sqrt_##S##_body(const T *a, T *c, long n) {                                     \
        for (long i = 0; i < n; i++) c[i] = __builtin_elementwise_sqrt(a[i]);                   \
    }                                                                                           \
    CLONES(void, cvm_sqrt_##S, (const T *a, T *c, long n), (a, c, n))                            \
                                                                                                \
    INLINE long cvm_count_nan_##S##_body(const T *a, long n) {                                      \
        long count = 0;                                                                         \
        for (long i = 0; i < n; i++) count += a[i] != a[i];                                     \
        return count;                                                                           \
    }                                                                                           \
    CLONES(long, cvm_count_nan_##S, (const T *a, long n), (a, n))

TYPED(double, long long, f64)
TYPED(float, int, f32)

// Index of the first extreme in one pass: the extreme of each block of 1024, and only the
// block where the running extreme last grew (or the first NaN's) is scanned again.
#define ARGEXTREME(T, S)                                                                        \
    INLINE long cvm_argextreme_##S##_body(const T *a, long n, int maximum) {                    \
        enum { B = 1024 };                                                                      \
        T best = a[0];                                                                          \
        long at = 0;                                                                            \
        for (long s = 0; s < n; s += B) {                                                       \
            long m = n - s < B ? n - s : B;                                                     \
            T v = cvm_extreme_##S##_body(a + s, m, maximum);                                    \
            if (v != v) return s + cvm_first_##S##_body(a + s, m, v);                           \
            if (maximum ? v > best : v < best) { best = v; at = s; }                            \
        }                                                                                       \
        return at + cvm_first_##S##_body(a + at, n - at < B ? n - at : B, best);                \
    }                                                                                           \
    CLONES(long, cvm_argextreme_##S, (const T *a, long n, int maximum), (a, n, maximum))
ARGEXTREME(double, f64)
ARGEXTREME(float, f32)

// numpy's pairwise summation (pairwise_sum in loops_utils.h) with its exact order: below 8
// values in sequence, eight interleaved accumulators up to 128 (one AVX-512 register, two AVX2
// ones: lane k only ever adds elements k mod 8, so every ISA gives the same bits), halves
// rounded to a multiple of 8 above.
#define PAIRWISE(T, S, ATTR, X)                                                                 \
    ATTR static T pairwise_##S##_##X(const T *a, long n) {                                      \
        if (n < 8) {                                                                            \
            T res = 0;                                                                          \
            for (long i = 0; i < n; i++) res += a[i];                                           \
            return res;                                                                         \
        }                                                                                       \
        if (n <= 128) {                                                                         \
            typedef T V8 __attribute__((vector_size(8 * sizeof(T))));                           \
            V8 r, x;                                                                            \
            __builtin_memcpy(&r, a, sizeof r);                                                  \
            long i = 8;                                                                         \
            for (; i < n - n % 8; i += 8) {                                                     \
                __builtin_memcpy(&x, a + i, sizeof x);                                          \
                r += x;                                                                         \
            }                                                                                   \
            T res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));          \
            for (; i < n; i++) res += a[i];                                                     \
            return res;                                                                         \
        }                                                                                       \
        long n2 = n / 2;                                                                        \
        n2 -= n2 % 8;                                                                           \
        return pairwise_##S##_##X(a, n2) + pairwise_##S##_##X(a + n2, n - n2);                  \
    }
// The same sums for four rows at once (sum(axis=-1)): the same tree for each row, so the same
// bits, but four independent accumulator chains in every leaf instead of one that waits on
// each addition's latency.
#define PAIRWISE4(T, S, ATTR, X)                                                                \
    ATTR static void pairwise4_##S##_##X(const T *a, long stride, long n, T *out) {             \
        if (n < 8) {                                                                            \
            for (int r = 0; r < 4; r++) {                                                       \
                T res = 0;                                                                      \
                for (long i = 0; i < n; i++) res += a[r * stride + i];                          \
                out[r] = res;                                                                   \
            }                                                                                   \
            return;                                                                             \
        }                                                                                       \
        if (n <= 128) {                                                                         \
            typedef T V8 __attribute__((vector_size(8 * sizeof(T))));                           \
            V8 r0, r1, r2, r3, x0, x1, x2, x3;                                                  \
            __builtin_memcpy(&r0, a, sizeof r0);                                                \
            __builtin_memcpy(&r1, a + stride, sizeof r1);                                       \
            __builtin_memcpy(&r2, a + 2 * stride, sizeof r2);                                   \
            __builtin_memcpy(&r3, a + 3 * stride, sizeof r3);                                   \
            long i = 8;                                                                         \
            for (; i < n - n % 8; i += 8) {                                                     \
                __builtin_memcpy(&x0, a + i, sizeof x0);                                        \
                __builtin_memcpy(&x1, a + stride + i, sizeof x1);                               \
                __builtin_memcpy(&x2, a + 2 * stride + i, sizeof x2);                           \
                __builtin_memcpy(&x3, a + 3 * stride + i, sizeof x3);                           \
                r0 += x0; r1 += x1; r2 += x2; r3 += x3;                                         \
            }                                                                                   \
            V8 rs[4] = {r0, r1, r2, r3};                                                        \
            for (int r = 0; r < 4; r++) {                                                       \
                V8 v = rs[r];                                                                   \
                T res = ((v[0] + v[1]) + (v[2] + v[3])) + ((v[4] + v[5]) + (v[6] + v[7]));      \
                for (long j = i; j < n; j++) res += a[r * stride + j];                          \
                out[r] = res;                                                                   \
            }                                                                                   \
            return;                                                                             \
        }                                                                                       \
        long n2 = n / 2;                                                                        \
        n2 -= n2 % 8;                                                                           \
        T left[4], right[4];                                                                    \
        pairwise4_##S##_##X(a, stride, n2, left);                                               \
        pairwise4_##S##_##X(a + n2, stride, n - n2, right);                                     \
        for (int r = 0; r < 4; r++) out[r] = left[r] + right[r];                                \
    }                                                                                           \
    ATTR static void pairwise_rows_##S##_##X(const T *a, long rows, long n, long stride, T *out) { \
        long r = 0;                                                                             \
        for (; r + 4 <= rows; r += 4) pairwise4_##S##_##X(a + r * stride, stride, n, out + r);  \
        for (; r < rows; r++) out[r] = pairwise_##S##_##X(a + r * stride, n);                   \
    }
#define PAIRWISE_ALL(T, S)                                                                      \
    PAIRWISE(T, S, AVX512, e)                                                                   \
    PAIRWISE(T, S, AVX2, d)                                                                     \
    PAIRWISE(T, S, , b)                                                                         \
    PAIRWISE4(T, S, AVX512, e)                                                                  \
    PAIRWISE4(T, S, AVX2, d)                                                                    \
    PAIRWISE4(T, S, , b)                                                                        \
    T cvm_pairwise_sum_##S(const T *a, long n) {                                                \
        switch (WIDTH()) {                                                                      \
        case 8: return pairwise_##S##_e(a, n);                                                  \
        case 4: return pairwise_##S##_d(a, n);                                                  \
        default: return pairwise_##S##_b(a, n);                                                 \
        }                                                                                       \
    }                                                                                           \
    void cvm_pairwise_sum_rows_##S(const T *a, long rows, long n, long stride, T *out) {        \
        switch (WIDTH()) {                                                                      \
        case 8: pairwise_rows_##S##_e(a, rows, n, stride, out); break;                          \
        case 4: pairwise_rows_##S##_d(a, rows, n, stride, out); break;                          \
        default: pairwise_rows_##S##_b(a, rows, n, stride, out); break;                         \
        }                                                                                       \
    }
PAIRWISE_ALL(double, f64)
PAIRWISE_ALL(float, f32)

// acc[j] += a[r*n + j] for r < rows, j < n, row after row (numpy's order for a sum over a
// non-contiguous axis): eight rows per pass over acc, added one after another to each lane, so
// the same bits as one row at a time with an eighth of the loads and stores of acc.
#define ACCUMULATE(T, S)                                                                        \
    INLINE void cvm_accumulate_rows_##S##_body(const T *restrict a, long rows, long n, T *restrict acc) { \
        long r = 0;                                                                             \
        for (; r + 8 <= rows; r += 8) {                                                         \
            const T *p = a + r * n;                                                             \
            for (long j = 0; j < n; j++) {                                                      \
                T v = acc[j];                                                                   \
                v += p[j]; v += p[n + j]; v += p[2 * n + j]; v += p[3 * n + j];                 \
                v += p[4 * n + j]; v += p[5 * n + j]; v += p[6 * n + j]; v += p[7 * n + j];     \
                acc[j] = v;                                                                     \
            }                                                                                   \
        }                                                                                       \
        for (; r < rows; r++)                                                                   \
            for (long j = 0; j < n; j++) acc[j] += a[r * n + j];                                \
    }                                                                                           \
    CLONES(void, cvm_accumulate_rows_##S, (const T *a, long rows, long n, T *acc), (a, rows, n, acc))
ACCUMULATE(double, f64)
ACCUMULATE(float, f32)

// p[i] = v where m[i], written as a select that stores every element (the unselected ones
// unchanged) so that it vectorizes as a blend: a branch per element mispredicts on a random
// mask, and masked stores were slower.
#define MASKED_FILL(T)                                                                          \
    INLINE void masked_fill_##T##_body(T *restrict p, const _Bool *restrict m, long n, T v) {   \
        for (long i = 0; i < n; i++) p[i] = m[i] ? v : p[i];                                    \
    }                                                                                           \
    CLONES(void, masked_fill_##T, (T *p, const _Bool *m, long n, T v), (p, m, n, v))
MASKED_FILL(uint64_t)
MASKED_FILL(uint32_t)
MASKED_FILL(uint16_t)
MASKED_FILL(uint8_t)

int cvm_masked_fill(void *p, const _Bool *m, long n, const void *value, long size) {
    switch (size) {
    case 8: masked_fill_uint64_t(p, m, n, *(const uint64_t *)value); return 1;
    case 4: masked_fill_uint32_t(p, m, n, *(const uint32_t *)value); return 1;
    case 2: masked_fill_uint16_t(p, m, n, *(const uint16_t *)value); return 1;
    case 1: masked_fill_uint8_t(p, m, n, *(const uint8_t *)value); return 1;
    default: return 0;
    }
}
