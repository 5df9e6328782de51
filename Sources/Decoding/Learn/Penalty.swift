/// scikit-learn's `penalty` of its liblinear estimators (``LinearSVC``,
/// ``LogisticRegressionCV``): the norm of the weights added to the loss.
public enum Penalty: String, Sendable {
    /// Lasso: many weights exactly zero (nilearn's `svc_l1`, `logistic_l1`).
    case l1
    /// Ridge: every weight shrunk (scikit-learn's default).
    case l2
}
