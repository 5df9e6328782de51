// Local change (Swift Decoding, not in scikit-learn): fits of one problem share its dense
// copies (dense.h). A cross-validated path fits the same rows for every C of its grid; with
// sharing on, the copies made by the first fit (in both layouts) are reused by the next fits
// of the same rows on the same thread instead of being made again.
#ifndef LIBLINEAR_DENSE_SHARE_H
#define LIBLINEAR_DENSE_SHARE_H

#ifdef __cplusplus
extern "C" {
#endif

/// Turns sharing on (1) or off (0) for the calling thread, dropping any copy kept. While it is
/// on, a fit whose rows are the same feature_node pointers as the last fit's on this thread
/// reuses that fit's copies: the caller must not change those rows' values in between, and
/// turns sharing off before it frees them.
void liblinear_share_dense_rows(int on);

#ifdef __cplusplus
}
#endif

#endif
