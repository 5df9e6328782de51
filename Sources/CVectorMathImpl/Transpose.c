// Matrix transposes for NDArray.transposed: 8×8 tiles transposed in registers (three rounds of
// shuffles, which compile to unpack/permute instructions on each ISA), inside square blocks
// small enough that a block's source rows and destination rows stay in L1 while it is done.
// Elements are moved as bit patterns of their size, so one loop serves every element type.
#include "CVectorMath.h"

#include <stdint.h>

#include "Dispatch.h"

// Side of the cache blocks, in elements: 32 rows of 32 doubles read and 32 written is 16 KiB.
enum { BLOCK = 32 };
// Destinations from this size on are written past the caches (see TRANSPOSE).
#define STREAM_MIN (4 << 20)
// Orders the streaming stores before whatever follows (they are weakly ordered).
#if defined(__x86_64__)
#define FENCE() __builtin_ia32_sfence()
#else
#define FENCE()
#endif

// Row k of a tile into d: a streaming store (past the caches, no read of the line first) when
// `stream`, which needs d's rows aligned to the vector.
#define PUT(k, x)                                                                                \
    do {                                                                                         \
        if (stream) __builtin_nontemporal_store((x), (A *)(d + (k) * ds));                       \
        else *(V *)(d + (k) * ds) = (x);                                                         \
    } while (0)

// d[j*ds + i] = s[i*ss + j] for i, j < 8, through eight vectors of eight lanes.
#define TILE8(T)                                                                                 \
    INLINE void tile8_##T(const T *s, long ss, T *d, long ds, int stream) {                      \
        typedef T V __attribute__((vector_size(8 * sizeof(T)), aligned(sizeof(T))));             \
        typedef T A __attribute__((vector_size(8 * sizeof(T))));                                 \
        V r0 = *(const V *)s, r1 = *(const V *)(s + ss);                                         \
        V r2 = *(const V *)(s + 2 * ss), r3 = *(const V *)(s + 3 * ss);                          \
        V r4 = *(const V *)(s + 4 * ss), r5 = *(const V *)(s + 5 * ss);                          \
        V r6 = *(const V *)(s + 6 * ss), r7 = *(const V *)(s + 7 * ss);                          \
        /* Interleave lanes of row pairs, then pairs of lanes, then quads. */                    \
        V t0 = __builtin_shufflevector(r0, r1, 0, 8, 2, 10, 4, 12, 6, 14);                       \
        V t1 = __builtin_shufflevector(r0, r1, 1, 9, 3, 11, 5, 13, 7, 15);                       \
        V t2 = __builtin_shufflevector(r2, r3, 0, 8, 2, 10, 4, 12, 6, 14);                       \
        V t3 = __builtin_shufflevector(r2, r3, 1, 9, 3, 11, 5, 13, 7, 15);                       \
        V t4 = __builtin_shufflevector(r4, r5, 0, 8, 2, 10, 4, 12, 6, 14);                       \
        V t5 = __builtin_shufflevector(r4, r5, 1, 9, 3, 11, 5, 13, 7, 15);                       \
        V t6 = __builtin_shufflevector(r6, r7, 0, 8, 2, 10, 4, 12, 6, 14);                       \
        V t7 = __builtin_shufflevector(r6, r7, 1, 9, 3, 11, 5, 13, 7, 15);                       \
        V u0 = __builtin_shufflevector(t0, t2, 0, 1, 8, 9, 4, 5, 12, 13);                        \
        V u1 = __builtin_shufflevector(t1, t3, 0, 1, 8, 9, 4, 5, 12, 13);                        \
        V u2 = __builtin_shufflevector(t0, t2, 2, 3, 10, 11, 6, 7, 14, 15);                      \
        V u3 = __builtin_shufflevector(t1, t3, 2, 3, 10, 11, 6, 7, 14, 15);                      \
        V u4 = __builtin_shufflevector(t4, t6, 0, 1, 8, 9, 4, 5, 12, 13);                        \
        V u5 = __builtin_shufflevector(t5, t7, 0, 1, 8, 9, 4, 5, 12, 13);                        \
        V u6 = __builtin_shufflevector(t4, t6, 2, 3, 10, 11, 6, 7, 14, 15);                      \
        V u7 = __builtin_shufflevector(t5, t7, 2, 3, 10, 11, 6, 7, 14, 15);                      \
        PUT(0, __builtin_shufflevector(u0, u4, 0, 1, 2, 3, 8, 9, 10, 11));                      \
        PUT(1, __builtin_shufflevector(u1, u5, 0, 1, 2, 3, 8, 9, 10, 11));                      \
        PUT(2, __builtin_shufflevector(u2, u6, 0, 1, 2, 3, 8, 9, 10, 11));                      \
        PUT(3, __builtin_shufflevector(u3, u7, 0, 1, 2, 3, 8, 9, 10, 11));                      \
        PUT(4, __builtin_shufflevector(u0, u4, 4, 5, 6, 7, 12, 13, 14, 15));                    \
        PUT(5, __builtin_shufflevector(u1, u5, 4, 5, 6, 7, 12, 13, 14, 15));                    \
        PUT(6, __builtin_shufflevector(u2, u6, 4, 5, 6, 7, 12, 13, 14, 15));                    \
        PUT(7, __builtin_shufflevector(u3, u7, 4, 5, 6, 7, 12, 13, 14, 15));                    \
    }

// Block by block; whole tiles inside a block, then its ragged right columns and bottom rows
// element by element.
#define BLOCKED(T)                                                                               \
    INLINE void blocked_##T(const T *s, long ss, T *d, long ds, long rows, long cols, int stream) { \
        for (long r0 = 0; r0 < rows; r0 += BLOCK) {                                              \
            const long r1 = r0 + BLOCK < rows ? r0 + BLOCK : rows;                               \
            for (long c0 = 0; c0 < cols; c0 += BLOCK) {                                          \
                const long c1 = c0 + BLOCK < cols ? c0 + BLOCK : cols;                           \
                long r = r0;                                                                     \
                for (; r + 8 <= r1; r += 8) {                                                    \
                    long c = c0;                                                                 \
                    for (; c + 8 <= c1; c += 8)                                                  \
                        tile8_##T(s + r * ss + c, ss, d + c * ds + r, ds, stream);               \
                    for (; c < c1; c++)                                                          \
                        for (long k = r; k < r + 8; k++) d[c * ds + k] = s[k * ss + c];          \
                }                                                                                \
                for (; r < r1; r++)                                                              \
                    for (long c = c0; c < c1; c++) d[c * ds + r] = s[r * ss + c];                \
            }                                                                                    \
        }                                                                                        \
    }

// Elements before the first cache-line boundary of d's first row (the first rows of the
// matrix) and of s's first row (its first columns) are moved one by one, so that the tiles'
// vector loads and stores start on line boundaries: vectors split across two lines made the
// whole transpose half again as slow. (Rows whose length is a multiple of a line are then all
// aligned.) Destinations of STREAM_MIN bytes and more of 8-byte elements, with every row
// aligned, are written by streaming stores: they would not stay in cache anyway, and a store
// that misses the cache first reads the line it writes. (A tile of smaller elements writes
// part of a line, and partial streaming stores are slow.)
#define TRANSPOSE(T)                                                                             \
    TILE8(T)                                                                                     \
    BLOCKED(T)                                                                                   \
    INLINE void transpose_##T##_body(const T *s, long ss, T *d, long ds, long rows, long cols) { \
        long rp = (long)((64 - (uintptr_t)d % 64) % 64 / sizeof(T));                             \
        long cp = (long)((64 - (uintptr_t)s % 64) % 64 / sizeof(T));                             \
        if (rp > rows) rp = rows;                                                                \
        if (cp > cols) cp = cols;                                                                \
        for (long r = 0; r < rp; r++)                                                            \
            for (long c = 0; c < cols; c++) d[c * ds + r] = s[r * ss + c];                       \
        for (long c = 0; c < cp; c++)                                                            \
            for (long r = rp; r < rows; r++) d[c * ds + r] = s[r * ss + c];                      \
        s += rp * ss + cp, d += cp * ds + rp, rows -= rp, cols -= cp;                            \
        if (sizeof(T) == 8 && (double)rows * cols * 8 >= STREAM_MIN && (uintptr_t)d % 64 == 0    \
            && ds * sizeof(T) % 64 == 0) {                                                       \
            blocked_##T(s, ss, d, ds, rows, cols, 1);                                            \
            FENCE();                                                                             \
        } else {                                                                                 \
            blocked_##T(s, ss, d, ds, rows, cols, 0);                                            \
        }                                                                                        \
    }                                                                                            \
    CLONES(void, transpose_##T, (const T *s, long ss, T *d, long ds, long rows, long cols),      \
           (s, ss, d, ds, rows, cols))
TRANSPOSE(uint64_t)
TRANSPOSE(uint32_t)
TRANSPOSE(uint16_t)
TRANSPOSE(uint8_t)

int cvm_transpose(const void *s, long ss, void *d, long ds, long rows, long cols, long size) {
    switch (size) {
    case 8: transpose_uint64_t(s, ss, d, ds, rows, cols); return 1;
    case 4: transpose_uint32_t(s, ss, d, ds, rows, cols); return 1;
    case 2: transpose_uint16_t(s, ss, d, ds, rows, cols); return 1;
    case 1: transpose_uint8_t(s, ss, d, ds, rows, cols); return 1;
    default: return 0;
    }
}
