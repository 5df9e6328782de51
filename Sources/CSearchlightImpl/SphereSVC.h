// liblinear's L2R_L2LOSS_SVC primal on dense rows, for the searchlight's many small problems.
#ifndef SPHERE_SVC_H
#define SPHERE_SVC_H

#include <vector>

/// Buffers of one primal fit, reused across fits.
struct DenseL2SVCBuffers {
    std::vector<double> z, cost, gram;
    std::vector<unsigned char> active;
};

/// liblinear's `train_one` for L2R_L2LOSS_SVC: squared hinge, l2 penalty, solved by liblinear's
/// own TRON (Sources/CLiblinearImpl/vendor/tron.cpp) with the same tolerance, on `l` dense row-major rows
/// of `n` variables (the bias column included), y = ±1, costs Cp and Cn. The loss, gradient and
/// Hessian-vector product are `l2r_l2_svc_fun`'s; only the arithmetic differs: H·s goes through
/// the n × n Gram matrix of the active rows, updated as rows enter and leave the active set,
/// instead of two passes over them. `gram`, optional, is the unweighted Gram matrix of the l
/// rows (every row is active at w = 0). Returns TRON's iteration count.
int denseL2SVCFit(DenseL2SVCBuffers &buffers, const double *x, const double *y, int l, int n,
                  double Cp, double Cn, const double *gram, double eps, int max_iter, double *w);

#endif
