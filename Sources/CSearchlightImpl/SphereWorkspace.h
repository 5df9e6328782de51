// The per-thread buffers behind CSearchlight.h's opaque SLWorkspace.
#ifndef SPHERE_WORKSPACE_H
#define SPHERE_WORKSPACE_H

#include "CSearchlight.h"
#include "SphereSVC.h"
#include "linear.h"

#include <vector>

struct SLWorkspace {
    std::vector<double> x;       // samples × n, the sphere's columns then the bias column
    std::vector<double> grams;   // (folds + 1) × n × n: each test set's Gram matrix, then all rows'
    std::vector<double> gram;    // the training rows' Gram matrix
    std::vector<double> xtrain, ytrain, w, decisions;
    std::vector<int> order, trainClasses, predicted, truth;
    std::vector<feature_node> nodes;
    std::vector<feature_node *> rows;
    DenseL2SVCBuffers svc;
};

/// liblinear's own `train` with `solver` on the first `l` rows of `workspace.xtrain` (labels
/// `workspace.ytrain`, class indices 0..<classes), as scikit-learn's `_fit_liblinear` passes
/// them: zeros skipped, the bias node appended; writes coef rows (one for two classes) to `w`.
void liblinearTrain(SLWorkspace &workspace, const SLProblem &problem, int l, int n, bool bias, int solver,
                    int classes, double *w);

#endif
