// Cross-validated LinearSVC scores of one searchlight sphere: see CSearchlight.h.
#include "SphereWorkspace.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

extern "C" SLWorkspace *sl_workspace_create(void) { return new SLWorkspace; }
extern "C" void sl_workspace_destroy(SLWorkspace *workspace) { delete workspace; }

namespace {

/// G += Σ rows x xᵀ over `rows` (upper triangle, mirrored by the caller).
void accumulateGram(double *G, const double *x, int n, const int *rows, int count) {
    for (int r = 0; r < count; r++) {
        const double *v = x + (size_t)rows[r] * n;
        for (int a = 0; a < n; a++) {
            const double va = v[a];
            double *g = G + (size_t)a * n;
            for (int b = a; b < n; b++) g[b] += va * v[b];
        }
    }
}

void mirror(double *G, int n) {
    for (int a = 0; a < n; a++)
        for (int b = a + 1; b < n; b++) G[(size_t)b * n + a] = G[(size_t)a * n + b];
}

double rocAUC(const double *scores, const int *positive, int count) {
    std::vector<int> idx(count);
    for (int i = 0; i < count; i++) idx[i] = i;
    std::sort(idx.begin(), idx.end(), [&](int a, int b) { return scores[a] < scores[b]; });
    double rankSum = 0;
    int pos = 0;
    for (int i = 0; i < count;) {
        int j = i;
        while (j < count && scores[idx[j]] == scores[idx[i]]) j++;
        const double rank = (i + j + 1) / 2.0;  // average 1-based rank of the tie group
        for (int k = i; k < j; k++) if (positive[idx[k]]) { rankSum += rank; pos++; }
        i = j;
    }
    const int neg = count - pos;
    if (pos == 0 || neg == 0) return NAN;
    return (rankSum - pos * (pos + 1) / 2.0) / ((double)pos * neg);
}

/// The classes of the training rows (sorted global codes) and the rows grouped by class, as
/// liblinear's `group_classes` orders them (its labels sorted, as scikit-learn's copy does).
void groupTrainingRows(SLWorkspace &ws, const SLProblem &p, const int *rows, int l) {
    ws.trainClasses.clear();
    std::vector<int> seen(p.classes, 0);
    for (int r = 0; r < l; r++) seen[p.codes[rows[r]]] = 1;
    for (int k = 0; k < p.classes; k++) if (seen[k]) ws.trainClasses.push_back(k);
    ws.order.clear();
    for (int k : ws.trainClasses)
        for (int r = 0; r < l; r++) if (p.codes[rows[r]] == k) ws.order.push_back(rows[r]);
}

double score(const SLWorkspace &ws, const SLProblem &p, const int *test, int m) {
    if (p.scoring == SL_SCORING_ROC_AUC) {
        if (ws.trainClasses.size() != 2) return NAN;
        std::vector<int> positive(m);
        for (int i = 0; i < m; i++) positive[i] = p.codes[test[i]] == ws.trainClasses[1];
        return rocAUC(ws.decisions.data(), positive.data(), m);
    }
    if (p.scoring == SL_SCORING_BALANCED_ACCURACY) {
        // Mean recall over the classes present in the test labels.
        std::vector<int> support(p.classes, 0), hits(p.classes, 0);
        for (int i = 0; i < m; i++) {
            support[ws.truth[i]]++;
            if (ws.predicted[i] == ws.truth[i]) hits[ws.truth[i]]++;
        }
        double sum = 0;
        int present = 0;
        for (int k = 0; k < p.classes; k++) if (support[k]) { sum += (double)hits[k] / support[k]; present++; }
        return present ? sum / present : NAN;
    }
    int hits = 0;
    for (int i = 0; i < m; i++) hits += ws.predicted[i] == ws.truth[i];
    return m ? (double)hits / m : NAN;
}

/// Fits fold `f` and scores its test rows.
double foldScore(SLWorkspace &ws, const SLProblem &p, int f, int n, int features, bool bias) {
    const int *train = p.train_rows + p.train_start[f], *test = p.test_rows + p.test_start[f];
    const int l = p.train_start[f + 1] - p.train_start[f], m = p.test_start[f + 1] - p.test_start[f];
    const size_t nn = (size_t)n * n;
    groupTrainingRows(ws, p, train, l);
    const int k = (int)ws.trainClasses.size();
    if (k < 2 || l == 0) return NAN;  // LinearSVC refuses one class: scikit-learn's error_score
    const int decisionsPerRow = k == 2 ? 1 : k;
    ws.w.assign((size_t)decisionsPerRow * n, 0.0);
    const int solver = p.solver >= 0 ? p.solver : (l < features ? 1 /* L2R_L2LOSS_SVC_DUAL */ : 2);
    const bool dual = solver != 2;  // liblinear's own train
    // liblinear receives the rows in the caller's order and groups them itself; the dense
    // primal gets them grouped already, for the same summation order.
    const int *rows = dual ? train : ws.order.data();
    ws.xtrain.resize((size_t)l * n);
    ws.ytrain.resize(l);
    for (int r = 0; r < l; r++) std::memcpy(&ws.xtrain[(size_t)r * n], &ws.x[(size_t)rows[r] * n], sizeof(double) * n);
    if (dual) {
        for (int r = 0; r < l; r++)
            ws.ytrain[r] = (double)(std::lower_bound(ws.trainClasses.begin(), ws.trainClasses.end(), p.codes[rows[r]]) - ws.trainClasses.begin());
        liblinearTrain(ws, p, l, n, bias, solver, k, ws.w.data());
    } else {
        const double *gram = nullptr;
        if (p.partition) {
            ws.gram.resize(nn);
            const double *all = ws.grams.data() + p.folds * nn, *held = ws.grams.data() + f * nn;
            for (size_t q = 0; q < nn; q++) ws.gram[q] = all[q] - held[q];
            gram = ws.gram.data();
        }
        for (int d = 0; d < decisionsPerRow; d++) {
            const int positive = ws.trainClasses[k == 2 ? 1 : d];
            for (int r = 0; r < l; r++) ws.ytrain[r] = p.codes[rows[r]] == positive ? 1 : -1;
            denseL2SVCFit(ws.svc, ws.xtrain.data(), ws.ytrain.data(), l, n, p.C, p.C, gram, p.tol, p.max_iter,
                          ws.w.data() + (size_t)d * n);
        }
    }
    ws.decisions.resize((size_t)m * decisionsPerRow);
    ws.predicted.resize(m);
    ws.truth.resize(m);
    for (int i = 0; i < m; i++) {
        const double *v = ws.x.data() + (size_t)test[i] * n;
        int best = 0;
        for (int d = 0; d < decisionsPerRow; d++) {
            const double *w = ws.w.data() + (size_t)d * n;
            double s = 0;
            for (int j = 0; j < n; j++) s += w[j] * v[j];
            ws.decisions[(size_t)i * decisionsPerRow + d] = s;
            if (d > 0 && s > ws.decisions[(size_t)i * decisionsPerRow + best]) best = d;
        }
        // scikit-learn: classes_[decision > 0] for two classes, else the first argmax.
        ws.predicted[i] = ws.trainClasses[k == 2 ? (ws.decisions[i] > 0 ? 1 : 0) : best];
        ws.truth[i] = p.codes[test[i]];
    }
    return score(ws, p, test, m);
}

}  // namespace


extern "C" double sl_sphere_score(SLWorkspace *workspace, const SLProblem *problem, const float *data,
                                  const int *columns, int count, double *fold_scores) {
    SLWorkspace &ws = *workspace;
    const SLProblem &p = *problem;
    const bool bias = p.intercept_scaling > 0;
    const int n = count + (bias ? 1 : 0), T = p.samples;
    const size_t nn = (size_t)n * n;
    ws.x.resize((size_t)T * n);
    for (int c = 0; c < count; c++) {
        const float *column = data + (size_t)columns[c] * T;
        for (int t = 0; t < T; t++) ws.x[(size_t)t * n + c] = column[t];
    }
    if (bias) for (int t = 0; t < T; t++) ws.x[(size_t)t * n + count] = p.intercept_scaling;
    // Every test set's Gram matrix, and all rows' as their sum: a fold's training Gram matrix
    // is then one subtraction, which spares each fold's first pass over its rows.
    if (p.partition) {
        ws.grams.assign((p.folds + 1) * nn, 0.0);
        double *all = ws.grams.data() + p.folds * nn;
        for (int f = 0; f < p.folds; f++) {
            double *G = ws.grams.data() + f * nn;
            accumulateGram(G, ws.x.data(), n, p.test_rows + p.test_start[f], p.test_start[f + 1] - p.test_start[f]);
            mirror(G, n);
            for (size_t k = 0; k < nn; k++) all[k] += G[k];
        }
    }
    double total = 0;
    for (int f = 0; f < p.folds; f++) {
        const double score = foldScore(ws, p, f, n, count, bias);
        if (fold_scores) fold_scores[f] = score;
        total += score;
    }
    return total / p.folds;
}
