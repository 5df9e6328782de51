// Local change (Swift Decoding, not in scikit-learn): dense products for liblinear's
// l2r_lr_fun and l2r_l2_svc_fun (and l2r_l2_svr_fun, which inherits it). When every row of a
// problem holds all of its n features (the case of fMRI data: no exact zeros), X·v and Xᵀ·v —
// and the squared hinge's products over its active rows — are computed from dense copies of
// the rows: X·v over a copy in panels of rows, vectorized across rows, Xᵀ·v over a row-major copy,
// vectorized across features, adding the same products in the same order as the sparse loops
// (feature order for each X·v entry, row order for each Xᵀ·v entry) without fused
// multiply-adds, so every result is bit-identical to scikit-learn's, only several times faster.
// When every value is a float widened to double (the Swift side's data), the copies keep
// floats: the products are the same (widening is exact) and half the memory is read.
#ifndef LIBLINEAR_DENSE_H
#define LIBLINEAR_DENSE_H

#include "dense_share.h"
#include "linear.h"
#include <memory>
#include <vector>

struct feature_node;
struct problem;

/// The rows of a panel (DenseRows::Matrix): 32 doubles are four AVX-512 (eight AVX2) registers
/// of sums, enough independent additions to hide their latency.
constexpr int panelRows = 32;

class DenseRows {
public:
    /// A matrix copy, in floats when every value is one (`narrow`), else in doubles.
    struct Copy {
        std::vector<double> wide;
        std::vector<float> narrow;
    };
    /// A problem's rows (the feature_node pointers they were copied from), row-major and in
    /// panels: rows in groups of panelRows, each group stored feature by feature (the
    /// panelRows values of feature 0, then of feature 1, …; the last group padded with zeros),
    /// so that X·v sums a group's rows side by side in registers over one contiguous stream.
    struct Matrix {
        std::vector<const feature_node *> rows;
        int n = 0;
        bool narrow = false;
        Copy rowMajor, panels;
    };

    /// Copies the rows when the problem is dense (or, while sharing is on, takes the copies
    /// of the last problem loaded on this thread when it has the same rows); false (and
    /// nothing kept) otherwise.
    bool load(const problem *prob);
    bool loaded() const { return l > 0; }
    /// out[i] = Σ_j x[i][j]·v[j], j ascending.
    void Xv(const double *v, double *out) const;
    /// out[j] = Σ_i v[i]·x[i][j], i ascending.
    void XTv(const double *v, double *out) const;
    /// Keeps the active set I[0..<sizeI] (l2r_l2_svc_fun's, ascending, fixed between two
    /// calls of its grad) and updates a panel copy of its rows (in slots, see updateSlots),
    /// so that subXv runs over contiguous panels like Xv. subXTv needs no
    /// copy: it reads the active rows in place.
    void select(const int *I, int sizeI);
    /// out[k] = Σ_j x[I[k]][j]·v[j], j ascending (the rows of the last select).
    void subXv(const double *v, double *out) const;
    /// out[j] = Σ_k v[k]·x[I[k]][j], k ascending (the rows of the last select).
    void subXTv(const double *v, double *out) const;

private:
    int l = 0, n = 0;
    bool narrow = false;
    std::shared_ptr<const Matrix> matrix;
    Copy slotPanels;
    std::vector<int> active;
    /// The row in each slot of slotPanels, and the slot of each row (-1: none).
    std::vector<int> slotRow, rowSlot;
    /// updateSlots' scratch: the rows of the new active set, the freed slots.
    std::vector<char> entering;
    std::vector<int> holes;
    /// subXv's sums per slot.
    std::vector<double> slotSums;
    template <typename T> void updateSlots(const T *rowMajor, std::vector<T> &copy);
    void panelProducts(const Copy &c, int rows, const double *v, double *out) const;
};

/// The column copy (liblinear's `transpose`) the l1 solvers run on, shared like DenseRows'
/// copies (dense_share.h) by the fits of the same rows: solve_l1r_l2_svc scales its values by
/// the labels and restores them (×±1, exact), so each fit finds it as it was made.
class SharedColumns {
public:
    struct Columns {
        std::vector<const feature_node *> rows;
        problem prob{};
        feature_node *space = nullptr;
        ~Columns();
    };
    SharedColumns(const problem *rows, void (*transpose)(const problem *, feature_node **, problem *));
    problem *prob() const { return &columns->prob; }

private:
    std::shared_ptr<Columns> columns;
};

#endif
