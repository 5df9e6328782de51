#ifndef CSEARCHLIGHT_H
#define CSEARCHLIGHT_H

#ifdef __cplusplus
extern "C" {
#endif

/// One thread's buffers for scoring spheres; they grow to the largest sphere seen and are
/// reused, so a searchlight scores thousands of spheres without allocating.
typedef struct SLWorkspace SLWorkspace;

SLWorkspace *sl_workspace_create(void);
void sl_workspace_destroy(SLWorkspace *workspace);

enum { SL_SCORING_ACCURACY = 0, SL_SCORING_BALANCED_ACCURACY = 1, SL_SCORING_ROC_AUC = 2 };

/// What every sphere shares: the samples' classes, the cross-validation folds and scikit-learn's
/// `LinearSVC(penalty='l2', loss='squared_hinge')` parameters.
typedef struct {
    int samples;              // rows of the data
    const int *codes;         // class index (0..<classes) of each sample, classes sorted
    int classes;
    int folds;
    const int *train_start;   // folds + 1 offsets into train_rows
    const int *train_rows;
    const int *test_start;    // folds + 1 offsets into test_rows
    const int *test_rows;
    int partition;            // 1 when the test sets partition the samples and train = the rest
    double C;
    double tol;               // liblinear's eps
    double intercept_scaling; // <= 0: no intercept
    int max_iter;
    int solver;               // liblinear's solver_type; -1: LinearSVC's 'auto' for the squared
                              // hinge and l2 (dual, 1, when samples < features, else primal, 2)
    unsigned seed;            // liblinear's set_seed for its randomized solvers
    int scoring;              // SL_SCORING_*
} SLProblem;

/// The mean cross-validated score of `LinearSVC` on the sphere made of `count` columns of the
/// voxel-major `data` (column c is samples floats at data + c * samples): what nilearn's
/// `np.mean(cross_val_score(estimator, X[:, row], y, cv=cv))` computes. The l2 squared-hinge
/// primal (solver 2) is liblinear's TRON on a dense objective (see SphereSVC.h); the other
/// solvers are liblinear's own `train`. A fold whose training rows hold one class scores NaN (scikit-learn's error_score).
/// Writes each fold's score to `fold_scores` when not NULL.
double sl_sphere_score(SLWorkspace *workspace, const SLProblem *problem, const float *data,
                       const int *columns, int count, double *fold_scores);

#ifdef __cplusplus
}
#endif

#endif
