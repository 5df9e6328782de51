// The run-time dispatch of NDArray's C loops (Kernels.c, Transpose.c): each loop is written once
// as NAME##_body and compiled for AVX-512, AVX2 and the SSE2 baseline; the widest variant the
// CPU runs (cvm_vector_doubles) is chosen at each call.
#ifndef CVM_DISPATCH_H
#define CVM_DISPATCH_H

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

#endif
