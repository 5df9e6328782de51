// Replays the liblinear problems make_problems.py dumps (DIR/X.f32, DIR/problems.txt) through
// train() as Sources/Decoding/Learn/Liblinear.swift calls it; writes every w and n_iter to OUT and
// prints the thread CPU time per solver. Usage: replay DIR OUT [SOLVER]
#include "linear.h"
#ifdef L1_DENSE
#include "l1dense.h"
#endif
#include <cstdio>
#include <cstdlib>
#include <cmath>
#include <vector>
#include <chrono>
#include <time.h>
#include <cblas.h>
static double ddot_(int n, const double *x, int ix, const double *y, int iy) { return cblas_ddot(n, x, ix, y, iy); }
static void daxpy_(int n, double a, const double *x, int ix, double *y, int iy) { cblas_daxpy(n, a, x, ix, y, iy); }
static void dscal_(int n, double a, const double *x, int ix) { cblas_dscal(n, a, (double *)x, ix); }
static double dnrm2_(int n, const double *x, int ix) { return cblas_dnrm2(n, x, ix); }
int main(int argc, char **argv) {
    const char *dir = argv[1]; const char *out = argv[2];
    int only = argc > 3 ? atoi(argv[3]) : -1;
    char path[512]; snprintf(path, sizeof path, "%s/problems.txt", dir);
    FILE *f = fopen(path, "r"); int N, d; fscanf(f, "%d %d", &N, &d);
    std::vector<float> X((size_t)N * d);
    snprintf(path, sizeof path, "%s/X.f32", dir);
    FILE *xf = fopen(path, "rb"); fread(X.data(), 4, X.size(), xf); fclose(xf);
    FILE *o = fopen(out, "wb");
    double t[8] = {0}; int cnt[8] = {0};
    BlasFunctions blas = {ddot_, daxpy_, dscal_, dnrm2_};
    int solver; double C; unsigned seed; int l;
    while (fscanf(f, "%d %lf %u %d", &solver, &C, &seed, &l) == 4) {
        std::vector<int> rows(l), codes(l);
        for (int i = 0; i < l; i++) fscanf(f, "%d", &rows[i]);
        for (int i = 0; i < l; i++) fscanf(f, "%d", &codes[i]);
        if (only >= 0 && solver != only) continue;
        std::vector<feature_node> nodes; std::vector<size_t> starts;
        for (int r : rows) {
            starts.push_back(nodes.size());
            const float *row = &X[(size_t)r * d];
            for (int j = 0; j < d; j++) if (row[j] != 0) nodes.push_back({j + 1, (double)row[j]});
            nodes.push_back({d + 1, 1.0});
            nodes.push_back({-1, 0});
        }
        std::vector<feature_node *> ptrs; for (size_t s : starts) ptrs.push_back(&nodes[s]);
        std::vector<double> y(codes.begin(), codes.end()), W(l, 1.0), cw(2, 1.0);
        int labels[2] = {0, 1};
        problem prob{l, d + 1, y.data(), ptrs.data(), 1.0, W.data()};
        int maxIter = (solver == 0 || solver == 6) ? 100 : 10000;
        parameter param{solver, 1e-4, C, 2, labels, cw.data(), maxIter, 0.1};
        timespec a,b; clock_gettime(CLOCK_THREAD_CPUTIME_ID,&a);
#ifdef L1_DENSE
        // The dense path of the l1 solvers, as Liblinear.swift takes it (built per fit here).
        if (solver == 5 || solver == 6) {
            l1_dense_problem *dp = l1_dense_create(X.data(), d, rows.data(), codes.data(), l, 1.0);
            std::vector<double> w(d + 1);
            int it;
            l1_dense_train_fits(&dp, solver, &C, &seed, 1, 1e-4, maxIter, w.data(), &it);
            l1_dense_destroy(dp);
            clock_gettime(CLOCK_THREAD_CPUTIME_ID,&b); t[solver] += (b.tv_sec-a.tv_sec)+1e-9*(b.tv_nsec-a.tv_nsec); cnt[solver]++;
            fwrite(w.data(), sizeof(double), d + 1, o); fwrite(&it, sizeof(int), 1, o);
            continue;
        }
#endif
        set_seed(seed);
        model *m = train(&prob, &param, &blas);
        clock_gettime(CLOCK_THREAD_CPUTIME_ID,&b); t[solver] += (b.tv_sec-a.tv_sec)+1e-9*(b.tv_nsec-a.tv_nsec); cnt[solver]++;
        int it; get_n_iter(m, &it);
        fwrite(m->w, sizeof(double), d + 1, o); fwrite(&it, sizeof(int), 1, o);
        free_and_destroy_model(&m);
    }
    fclose(o);
    for (int s = 0; s < 8; s++) if (cnt[s]) printf("solver %d: %d fits, %.3f s\n", s, cnt[s], t[s]);
}
