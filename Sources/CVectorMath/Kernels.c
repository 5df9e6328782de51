// NDArray's compute-bound loops, compiled three times (AVX-512, AVX2, SSE2) and chosen at run
// time like numpy's dispatched loops: Swift code is built for the baseline x86-64 (SSE2), where
// these loops run at a quarter of the width or do not vectorize at all. Plain C, no fast-math:
// the same IEEE results whichever variant runs.
#include "CVectorMath.h"

#include <math.h>

#if defined(__x86_64__)
#define AVX512 __attribute__((target("avx512f,avx512bw,avx512vl,avx512dq")))
#define AVX2 __attribute__((target("avx2,fma")))
#define WIDTH() cvm_vector_doubles()
#else
#define AVX512
#define AVX2
#define WIDTH() 1
#endif
#define INLINE static inline __attribute__((always_inline))

// RET NAME PARAMS dispatching to NAME##_body ARGS compiled for each ISA.
#define CLONES(RET, NAME, PARAMS, ARGS)                                            \
    AVX512 static RET NAME##_e PARAMS { return NAME##_body ARGS; }                \
    AVX2 static RET NAME##_d PARAMS { return NAME##_body ARGS; }                  \
    static RET NAME##_b PARAMS { return NAME##_body ARGS; }                       \
    RET NAME PARAMS {                                                              \
        switch (WIDTH()) {                                                         \
        case 8: return NAME##_e ARGS;                                              \
        case 4: return NAME##_d ARGS;                                              \
        default: return NAME##_b ARGS;                                             \
        }                                                                          \
    }

#define COMPARE_LOOPS(OP, T)                                                                \
    if (sa == 1 && sb == 1) for (long i = 0; i < n; i++) c[i] = a[i] OP b[i];                 \
    else if (sa == 1) { T rhs = b[0]; for (long i = 0; i < n; i++) c[i] = a[i] OP rhs; }      \
    else if (sb == 1) { T lhs = a[0]; for (long i = 0; i < n; i++) c[i] = lhs OP b[i]; }      \
    else { _Bool v = a[0] OP b[0]; for (long i = 0; i < n; i++) c[i] = v; }

// Two vectors of running extremes (PICK: the lane-wise max or min) over 2L values a step, and
// a mask of the NaN lanes seen; the two then folded into m0.
#define EXTREME_LOOP(PICK)                                                                     \
    for (; i + 2 * L <= n; i += 2 * L) {                                                       \
        __builtin_memcpy(&x0, a + i, 64); __builtin_memcpy(&x1, a + i + L, 64);                \
        m0 = PICK(m0, x0); m1 = PICK(m1, x1);                                                  \
        bad |= (x0 != x0) | (x1 != x1);                                                        \
    }                                                                                          \
    m0 = PICK(m0, m1);

#define TYPED(T, I, S)                                                                           \
    INLINE T cvm_extreme_##S##_body(const T *a, long n, int maximum) {                          \
        /* Vector lanes of max/min (which ignore NaN); NaN tracked apart, so any NaN wins. */   \
        typedef T V __attribute__((vector_size(64)));                                          \
        typedef I M __attribute__((vector_size(64)));                                          \
        enum { L = 64 / sizeof(T) };                                                           \
        T r = a[0]; _Bool nan = r != r;                                                        \
        long i = 0;                                                                            \
        if (n >= 2 * L) {                                                                      \
            V m0, m1, x0, x1; M bad = {0};                                                     \
            __builtin_memcpy(&m0, a, 64); m1 = m0;                                             \
            if (maximum) { EXTREME_LOOP(__builtin_elementwise_max) }                          \
            else { EXTREME_LOOP(__builtin_elementwise_min) }                                   \
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
#define PAIRWISE_ALL(T, S)                                                                      \
    PAIRWISE(T, S, AVX512, e)                                                                   \
    PAIRWISE(T, S, AVX2, d)                                                                     \
    PAIRWISE(T, S, , b)                                                                         \
    T cvm_pairwise_sum_##S(const T *a, long n) {                                                \
        switch (WIDTH()) {                                                                      \
        case 8: return pairwise_##S##_e(a, n);                                                  \
        case 4: return pairwise_##S##_d(a, n);                                                  \
        default: return pairwise_##S##_b(a, n);                                                 \
        }                                                                                       \
    }
PAIRWISE_ALL(double, f64)
PAIRWISE_ALL(float, f32)
