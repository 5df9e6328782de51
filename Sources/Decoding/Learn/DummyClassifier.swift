/// A classifier that ignores the features, scikit-learn's `DummyClassifier` — the chance
/// level of nilearn's `Decoder` (`dummy_classifier`: `strategy='stratified'`, `random_state=0`).
///
/// `.stratified` draws each prediction from the training class frequencies with numpy's
/// legacy `multinomial`, from a `RandomState(randomState)` made afresh at every call, so
/// the same seed predicts the same labels as scikit-learn. `.mostFrequent` and `.prior`
/// predict the most frequent class (the first of equally frequent ones).
public struct DummyClassifier: Classifier {
    /// How predictions are made (scikit-learn's `strategy`).
    public enum Strategy: String, Sendable {
        /// Random draws from the training class frequencies (nilearn's chance level).
        case stratified
        /// Always the most frequent training class.
        case mostFrequent = "most_frequent"
        /// The most frequent class, with the class frequencies as probabilities (scikit-learn's default).
        case prior
    }

    /// scikit-learn's `strategy`.
    public var strategy: Strategy
    /// Seed of `.stratified`'s draws; nil draws differently at every call.
    public var randomState: Int?

    var fitted: (classes: [String], prior: [Double], features: Int)?

    /// scikit-learn's defaults.
    public init(strategy: Strategy = .prior, randomState: Int? = nil) {
        self.strategy = strategy
        self.randomState = randomState
    }

    public var isFitted: Bool { fitted != nil }

    /// Learns the classes and their frequencies; X only gives the sample count.
    public mutating func fit(_ X: NDArray<Float>, _ y: [String]) throws(ClassifierError) {
        guard X.ndim == 2 else { throw .notTwoDimensional(shape: X.shape) }
        guard X.shape[0] == y.count else { throw .sampleCountMismatch(rows: X.shape[0], labels: y.count) }
        guard !y.isEmpty else { throw .empty(estimator: "DummyClassifier", shape: X.shape) }
        let labels = ClassLabels(y)
        var counts = [Double](repeating: 0, count: labels.classes.count)
        for c in labels.codes { counts[c] += 1 }
        let total = counts.reduce(0, +)
        fitted = (labels.classes, counts.map { $0 / total }, X.shape[1])
    }

    public var classes: [String] { get throws(ClassifierError) { try model().classes } }

    /// The training class frequencies (`class_prior_`).
    public var classPrior: NDArray<Double> { get throws(ClassifierError) { NDArray(try model().prior) } }

    /// Class probabilities, (samples, classes): one-hot draws for `.stratified`, the prior
    /// for `.prior`, one-hot on the most frequent class for `.mostFrequent`.
    public func predictProba(_ X: NDArray<Float>) throws(ClassifierError) -> NDArray<Double> {
        let m = try model()
        guard X.ndim == 2 else { throw .notTwoDimensional(shape: X.shape) }
        let n = X.shape[0], k = m.classes.count
        var out = [Double](repeating: 0, count: n * k)
        switch strategy {
        case .stratified:
            var rng = RandomState(randomState: randomState)
            for s in 0..<n {
                for (c, count) in rng.multinomial(1, m.prior).enumerated() { out[s * k + c] = Double(count) }
            }
        case .prior:
            for s in 0..<n { for c in 0..<k { out[s * k + c] = m.prior[c] } }
        case .mostFrequent:
            let top = mostFrequent(m.prior)
            for s in 0..<n { out[s * k + top] = 1 }
        }
        return NDArray(shape: [n, k], storage: out)
    }

    public func predict(_ X: NDArray<Float>) throws(ClassifierError) -> NDArray<String> {
        let m = try model()
        if strategy != .stratified {
            guard X.ndim == 2 else { throw .notTwoDimensional(shape: X.shape) }
            return NDArray(Array(repeating: m.classes[mostFrequent(m.prior)], count: X.shape[0]))
        }
        let proba = try predictProba(X)
        let k = m.classes.count
        return NDArray((0..<X.shape[0]).map { s in m.classes[mostFrequent(Array(proba.storage[(s * k)..<((s + 1) * k)]))] })
    }

    private func mostFrequent(_ values: [Double]) -> Int {
        var best = 0
        for c in values.indices where values[c] > values[best] { best = c }
        return best
    }

    func model() throws(ClassifierError) -> (classes: [String], prior: [Double], features: Int) {
        guard let fitted else { throw .notFitted(estimator: "DummyClassifier") }
        return fitted
    }
}

extension DummyClassifier: EstimatorParameters {
    /// scikit-learn's repr: `DummyClassifier(...)` listing only the parameters not at their default.
    public var description: String { estimatorRepr(defaults: Self()) }
    static let estimatorName = "DummyClassifier"
    static var reprParameters: [ReprParameter<DummyClassifier>] {
        [.init("random_state", \.randomState), .init("strategy", \.strategy)]
    }
}
