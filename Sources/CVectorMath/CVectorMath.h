#ifndef CVECTORMATH_H
#define CVECTORMATH_H
// Whole-buffer exp, log and log10 through glibc's vector math library (libmvec), the
// counterpart of numpy's SIMD loops: c[i] = f(a[i]) for i < n. The widest vector variant
// the CPU runs (AVX-512, AVX2, else SSE) is chosen once; results are within libmvec's
// documented 4 ulp of the correctly rounded value (in practice 1), and NaN, infinities,
// zero, negative inputs and overflow give what the scalar C functions give.
// `a` and `c` may be the same buffer; otherwise they must not overlap.

#ifdef __cplusplus
extern "C" {
#endif

void cvm_exp_f64(const double *a, double *c, long n);
void cvm_log_f64(const double *a, double *c, long n);
void cvm_log10_f64(const double *a, double *c, long n);
void cvm_exp_f32(const float *a, float *c, long n);
void cvm_log_f32(const float *a, float *c, long n);
void cvm_log10_f32(const float *a, float *c, long n);

/// Which vector width the functions above use: 8 (AVX-512), 4 (AVX2) or 2 (SSE) doubles;
/// 1 where libmvec is missing (not x86-64 Linux) and the scalar C functions run instead.
int cvm_vector_doubles(void);

// The loops below (Kernels.c) run the same widest variant; every one keeps IEEE semantics
// (no fast-math), so results are what the scalar loop gives.

/// Comparison operators of cvm_compare_*, in ComparisonOperator's order.
enum { CVM_EQUAL, CVM_NOT_EQUAL, CVM_LESS, CVM_LESS_EQUAL, CVM_GREATER, CVM_GREATER_EQUAL };

/// The largest (`maximum` nonzero) or smallest of `n > 0` contiguous elements; NaN if any is.
double cvm_extreme_f64(const double *a, long n, int maximum);
float cvm_extreme_f32(const float *a, long n, int maximum);
/// Index of the first element equal to `v` (the first NaN when `v` is NaN), or -1.
long cvm_first_f64(const double *a, long n, double v);
long cvm_first_f32(const float *a, long n, float v);
/// Index of the first maximum (or minimum) of `n > 0` contiguous elements; the first NaN's if any.
long cvm_argextreme_f64(const double *a, long n, int maximum);
long cvm_argextreme_f32(const float *a, long n, int maximum);
/// numpy's pairwise sum of `n` contiguous elements, bit for bit (same order on every ISA).
double cvm_pairwise_sum_f64(const double *a, long n);
float cvm_pairwise_sum_f32(const float *a, long n);
/// out[r] = cvm_pairwise_sum(a + r*stride, n) for r < rows, bit for bit, several rows at once.
void cvm_pairwise_sum_rows_f64(const double *a, long rows, long n, long stride, double *out);
void cvm_pairwise_sum_rows_f32(const float *a, long rows, long n, long stride, float *out);
/// acc[j] += a[r*n + j] for r < rows, j < n, one row after another (numpy's sum over axis 0 of
/// a C-order (rows × n) block, bit for bit). `acc` must not overlap `a`.
void cvm_accumulate_rows_f64(const double *a, long rows, long n, double *acc);
void cvm_accumulate_rows_f32(const float *a, long rows, long n, float *acc);
/// c[i] = a[i*sa] op b[i*sb] for i < n; strides 0 (a broadcast scalar) or 1.
void cvm_compare_f64(int op, const double *a, long sa, const double *b, long sb, _Bool *c, long n);
void cvm_compare_f32(int op, const float *a, long sa, const float *b, long sb, _Bool *c, long n);
/// c[i] = isnan(a[i]), or isfinite(a[i]) when `finite` is nonzero.
void cvm_classify_f64(const double *a, _Bool *c, long n, int finite);
void cvm_classify_f32(const float *a, _Bool *c, long n, int finite);
/// c[i] = a[i] < low ? low : a[i] > high ? high : a[i] (NaN stays NaN), as np.clip.
void cvm_clip_f64(const double *a, double *c, long n, double low, double high);
void cvm_clip_f32(const float *a, float *c, long n, float low, float high);
/// c[i] = sqrt(a[i]) (IEEE, correctly rounded; NaN for negatives), as np.sqrt.
void cvm_sqrt_f64(const double *a, double *c, long n);
void cvm_sqrt_f32(const float *a, float *c, long n);
/// Number of NaNs among `n` contiguous elements.
long cvm_count_nan_f64(const double *a, long n);
long cvm_count_nan_f32(const float *a, long n);

/// p[i] = *value where m[i], for i < n, elements of `size` bytes copied as bit patterns
/// (numpy's p[mask] = value). Returns 1, or 0 (nothing written) for sizes other than 1, 2, 4, 8.
int cvm_masked_fill(void *p, const _Bool *m, long n, const void *value, long size);

/// d[c*ds + r] = s[r*ss + c] for r < rows, c < cols (strides in elements): a rows × cols
/// matrix transposed (Transpose.c), elements of `size` bytes copied as bit patterns. Returns 1,
/// or 0 (nothing written) for sizes other than 1, 2, 4 and 8. `d` must not overlap `s`.
int cvm_transpose(const void *s, long ss, void *d, long ds, long rows, long cols, long size);

/// Stable sorts of `n` elements `stride` apart (RadixSort.c), in numpy's order: -0.0 equals
/// 0.0, NaNs last, ties in input order. argsort writes order[i*stride] = the lane index of the
/// i-th smallest; sort writes c[i*stride] = the i-th smallest. `c` must not overlap `a`.
/// Return 0, or -1 when memory ran out (nothing written).
int cvm_argsort_f64(const double *a, long n, long stride, long *order);
int cvm_argsort_f32(const float *a, long n, long stride, long *order);
int cvm_argsort_i64(const long long *a, long n, long stride, long *order);
int cvm_sort_f64(const double *a, long n, long stride, double *c);
int cvm_sort_f32(const float *a, long n, long stride, float *c);
int cvm_sort_i64(const long long *a, long n, long stride, long long *c);

#ifdef __cplusplus
}
#endif
#endif
