/// The fitted attributes, named and oriented as scikit-learn's (`coef_`, `intercept_`, …).
/// Reading one before ``SVC/fit(_:_:)`` throws ``SVCError/notFitted``.
extension SVC {
    /// The class labels, sorted as `numpy.unique` sorts them.
    public var classes: [String] { get throws(SVCError) { try fittedModel().classes } }

    /// Primal weights, (1, features) for two classes — oriented so that positive means
    /// `classes[1]` — or (pairs, features) one-vs-one in libsvm's pair order.
    public var coef: NDArray<Double> {
        get throws(SVCError) {
            let m = try fittedModel()
            return NDArray(shape: [m.pairCount, m.features], storage: m.weights)
        }
    }

    /// Bias of each pair's decision function (−ρ; sign flipped for two classes as `coef`).
    public var intercept: NDArray<Double> {
        get throws(SVCError) {
            let m = try fittedModel()
            // scikit-learn stores ρ ≠ 0 ? −ρ : +0 (avoiding −0), then negates it for two classes.
            let values = m.rho.map { $0 != 0 ? -$0 : 0 }
            return NDArray(m.classes.count == 2 ? values.map { -$0 } : values)
        }
    }

    /// Dual coefficients yᵢαᵢ of the support vectors, (classes − 1, support vectors) in
    /// libsvm's layout (negated for two classes, as scikit-learn does).
    public var dualCoef: NDArray<Double> {
        get throws(SVCError) {
            let m = try fittedModel()
            let values = m.classes.count == 2 ? m.dualCoefficients.map { -$0 } : m.dualCoefficients
            return NDArray(shape: [m.classes.count - 1, m.supportIndices.count], storage: values)
        }
    }

    /// Indices in the training data of the support vectors, grouped by class.
    public var supportIndices: NDArray<Int> { get throws(SVCError) { NDArray(try fittedModel().supportIndices) } }

    /// The support vectors themselves, (support vectors, features).
    public var supportVectors: NDArray<Double> {
        get throws(SVCError) {
            let m = try fittedModel()
            let d = m.features
            let values = m.supportRows.flatMap { r in m.samples[(r * d)..<((r + 1) * d)].map(Double.init) }
            return NDArray(shape: [m.supportRows.count, d], storage: values)
        }
    }

    /// Number of support vectors of each class.
    public var nSupport: NDArray<Int> { get throws(SVCError) { NDArray(try fittedModel().supportCounts) } }

    /// Solver iterations of each class pair.
    public var nIter: NDArray<Int> { get throws(SVCError) { NDArray(try fittedModel().iterations) } }

    /// Number of features seen by fit.
    public var nFeaturesIn: Int { get throws(SVCError) { try fittedModel().features } }

    /// True when `maxIter` stopped a solve early (scikit-learn warns with a ConvergenceWarning).
    public var reachedMaxIter: Bool { get throws(SVCError) { try fittedModel().reachedMaxIter } }
}
