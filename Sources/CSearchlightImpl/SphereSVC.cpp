// A dense `function` for liblinear's TRON (Sources/CLiblinearImpl/vendor/tron.cpp): see SphereSVC.h.
#include "SphereSVC.h"
#include "tron.h"

#include <cstdlib>
#include <cstring>
#include <cmath>

namespace {

double denseDot(int n, const double *x, int incx, const double *y, int incy) {
    double s = 0;
    for (int i = 0; i < n; i++) s += x[i * incx] * y[i * incy];
    return s;
}
void denseAxpy(int n, double a, const double *x, int incx, double *y, int incy) {
    for (int i = 0; i < n; i++) y[i * incy] += a * x[i * incx];
}
void denseScal(int n, double a, const double *x, int incx) {
    double *v = const_cast<double *>(x);
    for (int i = 0; i < n; i++) v[i * incx] *= a;
}
double denseNrm2(int n, const double *x, int incx) { return std::sqrt(denseDot(n, x, incx, x, incx)); }
BlasFunctions denseBlas = {denseDot, denseAxpy, denseScal, denseNrm2};

/// G += c · x xᵀ (full n x n).
inline void rankOne(double *G, const double *x, int n, double c) {
    for (int a = 0; a < n; a++) {
        const double ca = c * x[a];
        double *row = G + a * n;
        for (int b = 0; b < n; b++) row[b] += ca * x[b];
    }
}

class DenseL2SVC : public function {
public:
    DenseL2SVC(DenseL2SVCBuffers *ws, const double *x, const double *y, int l, int n)
        : ws(ws), x(x), y(y), l(l), n(n) {}

    double fun(double *w) override {
        double f = 0;
        for (int i = 0; i < n; i++) f += w[i] * w[i];
        f /= 2.0;
        for (int i = 0; i < l; i++) {
            const double *row = x + (size_t)i * n;
            double zi = 0;
            for (int j = 0; j < n; j++) zi += w[j] * row[j];
            zi *= y[i];
            ws->z.data()[i] = zi;
            double d = 1 - zi;
            if (d > 0) f += ws->cost.data()[i] * d * d;
        }
        return f;
    }

    void grad(double *w, double *g) override {
        for (int j = 0; j < n; j++) g[j] = 0;
        int changes = 0, activeCount = 0;
        for (int i = 0; i < l; i++) {
            const bool in = ws->z.data()[i] < 1;
            if (in) {
                activeCount++;
                const double c = ws->cost.data()[i] * y[i] * (ws->z.data()[i] - 1);
                const double *row = x + (size_t)i * n;
                for (int j = 0; j < n; j++) g[j] += c * row[j];
            }
            if (in != (bool)ws->active.data()[i]) changes++;
        }
        for (int j = 0; j < n; j++) g[j] = w[j] + 2 * g[j];
        if (changes == 0) return;
        // Rows entering or leaving the active set update its Gram matrix; past half the active
        // rows, rebuilding is cheaper (and sheds accumulated rounding).
        if (changes <= activeCount / 2) {
            for (int i = 0; i < l; i++) {
                const bool in = ws->z.data()[i] < 1;
                if (in == (bool)ws->active.data()[i]) continue;
                rankOne(ws->gram.data(), x + (size_t)i * n, n, in ? ws->cost.data()[i] : -ws->cost.data()[i]);
                ws->active.data()[i] = in;
            }
        } else {
            std::memset(ws->gram.data(), 0, sizeof(double) * n * n);
            for (int i = 0; i < l; i++) {
                const bool in = ws->z.data()[i] < 1;
                ws->active.data()[i] = in;
                if (in) rankOne(ws->gram.data(), x + (size_t)i * n, n, ws->cost.data()[i]);
            }
        }
    }

    void Hv(double *s, double *Hs) override {
        for (int a = 0; a < n; a++) {
            const double *row = ws->gram.data() + a * n;
            double t = 0;
            for (int b = 0; b < n; b++) t += row[b] * s[b];
            Hs[a] = s[a] + 2 * t;
        }
    }

    int get_nr_variable() override { return n; }

private:
    DenseL2SVCBuffers *ws;
    const double *x, *y;
    int l, n;
};

}  // namespace

int denseL2SVCFit(DenseL2SVCBuffers &ws, const double *x, const double *y, int l, int n,
                  double Cp, double Cn, const double *gram, double eps, int max_iter, double *w) {
    ws.z.resize(l);
    ws.cost.resize(l);
    ws.active.resize(l);
    ws.gram.resize((size_t)n * n);
    int pos = 0;
    for (int i = 0; i < l; i++) {
        if (y[i] > 0) pos++;
        ws.cost[i] = y[i] > 0 ? Cp : Cn;
        ws.active[i] = 1;  // z = 0 < 1 at w = 0, TRON's start
    }
    const int neg = l - pos;
    const int least = pos < neg ? pos : neg;
    const double tol = eps * (least > 1 ? least : 1) / l;  // train_one's primal_solver_tol
    if (gram && Cp == Cn) {
        for (int k = 0; k < n * n; k++) ws.gram[k] = Cp * gram[k];
    } else {
        std::memset(ws.gram.data(), 0, sizeof(double) * n * n);
        for (int i = 0; i < l; i++) rankOne(ws.gram.data(), x + (size_t)i * n, n, ws.cost[i]);
    }
    DenseL2SVC objective(&ws, x, y, l, n);
    TRON tron(&objective, tol, max_iter, &denseBlas);
    tron.set_print_string(NULL);  // silent, nothing formatted (Sources/CLiblinearImpl/vendor/README.md)
    return tron.tron(w);
}
