// Runtime dispatch of the dense loops: one copy per instruction set, chosen by the loader
// (GNU ifunc). Each clone does the same operations in the same order (no FP contraction), so
// results do not depend on the machine. Only on x86-64 Linux; elsewhere the plain loop.
#pragma once
#if defined(__x86_64__) && defined(__linux__)
#define LIBLINEAR_SIMD_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define LIBLINEAR_SIMD_CLONES
#endif
