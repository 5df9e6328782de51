// The searchlight's fallback to liblinear's own solvers (the dual one for spheres wider than
// the training set).
#include "SphereWorkspace.h"

#include <cmath>

void liblinearTrain(SLWorkspace &ws, const SLProblem &p, int l, int n, bool bias, int solver,
                    int classes, double *w) {
    ws.nodes.clear();
    ws.rows.clear();
    std::vector<size_t> starts;
    for (int i = 0; i < l; i++) {
        starts.push_back(ws.nodes.size());
        const double *v = ws.xtrain.data() + (size_t)i * n;
        const int d = bias ? n - 1 : n;
        for (int j = 0; j < d; j++) if (v[j] != 0) ws.nodes.push_back({j + 1, v[j]});
        if (bias) ws.nodes.push_back({n, v[n - 1]});
        ws.nodes.push_back({-1, 0});
    }
    for (size_t s : starts) ws.rows.push_back(ws.nodes.data() + s);
    std::vector<double> weights(l, 1.0), classWeights(classes, 1.0);
    std::vector<int> classLabels(classes);
    for (int k = 0; k < classes; k++) classLabels[k] = k;
    problem prob{l, n, ws.ytrain.data(), ws.rows.data(), bias ? p.intercept_scaling : -1, weights.data()};
    parameter param{solver, p.tol, p.C, classes, classLabels.data(), classWeights.data(), p.max_iter, 0.1};
    static BlasFunctions blas = {
        [](int k, const double *a, int ia, const double *b, int ib) { double s = 0; for (int i = 0; i < k; i++) s += a[i * ia] * b[i * ib]; return s; },
        [](int k, double a, const double *x, int ix, double *y, int iy) { for (int i = 0; i < k; i++) y[i * iy] += a * x[i * ix]; },
        [](int k, double a, const double *x, int ix) { double *v = const_cast<double *>(x); for (int i = 0; i < k; i++) v[i * ix] *= a; },
        [](int k, const double *x, int ix) { double s = 0; for (int i = 0; i < k; i++) s += x[i * ix] * x[i * ix]; return std::sqrt(s); },
    };
    // liblinear is silent unless given a printer (Sources/CLiblinearImpl/vendor/README.md).
    set_seed(p.seed);
    model *m = train(&prob, &param, &blas);
    const int rowsOut = classes == 2 ? 1 : classes;
    for (int i = 0; i < rowsOut; i++)
        for (int j = 0; j < n; j++) w[(size_t)i * n + j] = m->w[(size_t)j * rowsOut + i];
    free_and_destroy_model(&m);
}

