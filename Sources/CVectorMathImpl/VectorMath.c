// libmvec's vector variants, named by the x86-64 vector function ABI: _ZGV + ISA (b SSE,
// d AVX2, e AVX-512) + N + lanes + v + the scalar name. glibc's math.h only declares them
// under -ffast-math (for the compiler's auto-vectorizer); calling them directly needs no
// fast-math anywhere, so every other operation keeps its IEEE semantics.
#include "CVectorMath.h"

#if defined(__x86_64__) && defined(__linux__)
#include <cpuid.h>
#include <immintrin.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Declared with their ISA, as the ABI passes ymm/zmm arguments in registers.
#define AVX512 __attribute__((target("avx512f")))
#define AVX2 __attribute__((target("avx2,fma")))
#define SSE
#define DECLARE(f, ff)                                      \
    SSE __m128d _ZGVbN2v_##f(__m128d);                      \
    AVX2 __m256d _ZGVdN4v_##f(__m256d);                     \
    AVX512 __m512d _ZGVeN8v_##f(__m512d);                   \
    SSE __m128 _ZGVbN4v_##ff(__m128);                       \
    AVX2 __m256 _ZGVdN8v_##ff(__m256);                      \
    AVX512 __m512 _ZGVeN16v_##ff(__m512);
DECLARE(exp, expf)
DECLARE(log, logf)
DECLARE(log10, log10f)

/// 8 with AVX-512F usable (CPU and OS save the zmm state), 4 with AVX2 and FMA, else 2.
static int detect_width(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return 2;
    const int osxsave = (c >> 27) & 1, fma = (c >> 12) & 1;
    if (!osxsave) return 2;
    unsigned lo, hi;
    __asm__("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    const int ymm = (lo & 0x6) == 0x6, zmm = (lo & 0xe6) == 0xe6;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return 2;
    const int avx2 = (b >> 5) & 1, avx512f = (b >> 16) & 1;
    if (avx512f && zmm) return 8;
    if (avx2 && fma && ymm) return 4;
    return 2;
}

/// The CPU's width, narrowed by DECODING_SIMD (sse2, avx2 or avx512): a machine with AVX-512
/// runs the loops and the libmvec variants a machine without it would, so its results (which
/// differ in the last bits of exp and log) can be checked on one machine.
static int chosen_width(void) {
    const int cpu = detect_width();
    const char *asked = getenv("DECODING_SIMD");
    if (!asked || !*asked) return cpu;
    const int width = !strcmp(asked, "sse2") ? 2 : !strcmp(asked, "avx2") ? 4 : !strcmp(asked, "avx512") ? 8 : 0;
    if (width == 0) {
        fprintf(stderr, "DECODING_SIMD=%s is not one of sse2, avx2, avx512: using what this CPU runs\n", asked);
        return cpu;
    }
    return width < cpu ? width : cpu;
}

static int width_cache;
static pthread_once_t width_once = PTHREAD_ONCE_INIT;
static void choose_width(void) { width_cache = chosen_width(); }

int cvm_vector_doubles(void) {
    pthread_once(&width_once, choose_width);
    return width_cache;
}

// One loop per ISA: full vectors straight from memory, the tail through a small buffer
// padded with 1 (a harmless argument for every function here).
#define LOOP(NAME, ATTR, T, LANES, VT, LOAD, STORE, CALL)                       \
    ATTR static void NAME(const T *a, T *c, long n) {                         \
        long i = 0;                                                           \
        for (; i + LANES <= n; i += LANES) STORE(c + i, CALL(LOAD(a + i)));   \
        if (i < n) {                                                          \
            T in[LANES], out[LANES];                                          \
            for (int k = 0; k < LANES; k++) in[k] = 1;                        \
            memcpy(in, a + i, (size_t)(n - i) * sizeof(T));                   \
            STORE(out, CALL(LOAD(in)));                                       \
            memcpy(c + i, out, (size_t)(n - i) * sizeof(T));                  \
        }                                                                     \
    }

// cvm_NAME: the AVX-512 loop E, NAME's AVX2 (_d) or SSE (_b) loop, whichever this CPU runs.
#define DISPATCH(NAME, T, E)                                                  \
    void cvm_##NAME(const T *a, T *c, long n) {                               \
        switch (cvm_vector_doubles()) {                                       \
        case 8: E(a, c, n); break;                                            \
        case 4: NAME##_d(a, c, n); break;                                     \
        default: NAME##_b(a, c, n); break;                                    \
        }                                                                     \
    }

// F64_E: the float64 AVX-512 loop, libmvec's (f##_f64_e, from LIBMVEC_F64_E) or our own.
#define LIBMVEC_F64_E(f) \
    LOOP(f##_f64_e, AVX512, double, 8, __m512d, _mm512_loadu_pd, _mm512_storeu_pd, _ZGVeN8v_##f)
#define FUNCTION(f, ff, F64_E)                                                                       \
    LOOP(f##_f64_d, AVX2, double, 4, __m256d, _mm256_loadu_pd, _mm256_storeu_pd, _ZGVdN4v_##f)      \
    LOOP(f##_f64_b, SSE, double, 2, __m128d, _mm_loadu_pd, _mm_storeu_pd, _ZGVbN2v_##f)              \
    LOOP(f##_f32_e, AVX512, float, 16, __m512, _mm512_loadu_ps, _mm512_storeu_ps, _ZGVeN16v_##ff)   \
    LOOP(f##_f32_d, AVX2, float, 8, __m256, _mm256_loadu_ps, _mm256_storeu_ps, _ZGVdN8v_##ff)       \
    LOOP(f##_f32_b, SSE, float, 4, __m128, _mm_loadu_ps, _mm_storeu_ps, _ZGVbN4v_##ff)               \
    DISPATCH(f##_f64, double, F64_E)                                                                 \
    DISPATCH(f##_f32, float, f##_f32_e)

/// Exp.c: table-driven, faster than libmvec's on AVX-512 (numpy's own loop is table-driven too).
void cvm_exp_f64_avx512(const double *a, double *c, long n);
FUNCTION(exp, expf, cvm_exp_f64_avx512)
LIBMVEC_F64_E(log)
FUNCTION(log, logf, log_f64_e)
LIBMVEC_F64_E(log10)
FUNCTION(log10, log10f, log10_f64_e)

#else
// Elsewhere (no libmvec): the C library's scalar functions, which the compiler may vectorize.
#include <math.h>

int cvm_vector_doubles(void) { return 1; }

#define SCALAR(f, ff)                                                                                \
    void cvm_##f##_f64(const double *a, double *c, long n) { for (long i = 0; i < n; i++) c[i] = f(a[i]); } \
    void cvm_##f##_f32(const float *a, float *c, long n) { for (long i = 0; i < n; i++) c[i] = ff(a[i]); }
SCALAR(exp, expf)
SCALAR(log, logf)
SCALAR(log10, log10f)
#endif
