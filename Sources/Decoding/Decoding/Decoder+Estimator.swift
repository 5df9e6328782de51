extension Decoder {
    /// A classifier of nilearn's catalogue (`nilearn.decoding._utils.SUPPORTED_ESTIMATORS`),
    /// named as in nilearn. A string literal works where an `Estimator` is expected; a name
    /// outside the catalogue is reported by `fit`, with the known names.
    public struct Estimator: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
        /// nilearn's name of the estimator, e.g. `"svc_l1"`.
        public let name: String

        /// An estimator by name; names outside ``known`` are refused by `fit`, not here, so a
        /// decoder can be described before it is checked (as nilearn's constructor does).
        public init(_ name: String) { self.name = name }
        /// `"svc"` where an `Estimator` is expected.
        public init(stringLiteral value: String) { self.init(value) }

        /// `LinearSVC(penalty='l2', max_iter=10000, random_state=0)`.
        public static let svc = Estimator("svc")
        /// `LinearSVC(penalty='l1', …)`: sparse weights; its C grid starts at `l1_min_c`.
        public static let svcL1 = Estimator("svc_l1")
        /// `LinearSVC(penalty='l2', …)`, the same model as ``svc``.
        public static let svcL2 = Estimator("svc_l2")
        /// `LogisticRegressionCV(l1_ratios=(1,), solver='liblinear', scoring='neg_log_loss')`.
        public static let logisticL1 = Estimator("logistic_l1")
        /// `LogisticRegressionCV(l1_ratios=(0,), solver='liblinear', scoring='neg_log_loss')`.
        public static let logisticL2 = Estimator("logistic_l2")
        /// The same model as ``logisticL2``.
        public static let logistic = Estimator("logistic")
        /// `RidgeClassifierCV` with its efficient leave-one-out over the alphas.
        public static let ridgeClassifier = Estimator("ridge_classifier")
        /// `DummyClassifier(strategy='stratified', random_state=0)`: the chance level.
        public static let dummyClassifier = Estimator("dummy_classifier")

        /// The catalogue's names in nilearn's order (the order its error message lists them).
        public static let known = ["svc_l1", "svc_l2", "svc", "logistic_l1", "logistic_l2", "logistic",
                                   "ridge_classifier", "dummy_classifier"]

        /// The name, as nilearn's repr shows it.
        public var description: String { name }

        func kind() throws(DecoderError) -> EstimatorKind {
            switch name {
            case "svc", "svc_l2": .linearSVC(l1: false)
            case "svc_l1": .linearSVC(l1: true)
            case "logistic", "logistic_l2": .logisticCV(l1: false)
            case "logistic_l1": .logisticCV(l1: true)
            case "ridge_classifier": .ridgeCV
            case "dummy_classifier": .dummyStratified
            default: throw .unknownEstimator(name, known: Self.known)
            }
        }
    }
}

/// The model families behind the catalogue's names, with nilearn's fixed settings.
enum EstimatorKind: Sendable, Equatable {
    case linearSVC(l1: Bool)
    case logisticCV(l1: Bool)
    case ridgeCV
    case dummyStratified

    /// nilearn's `MAX_ITER` for `LinearSVC`.
    static let maxIter = 10000

    /// scikit-learn's class name, for messages.
    var className: String {
        switch self {
        case .linearSVC: "LinearSVC"
        case .logisticCV: "LogisticRegressionCV"
        case .ridgeCV: "RidgeClassifierCV"
        case .dummyStratified: "DummyClassifier"
        }
    }

    /// The parameters a custom `paramGrid` may set.
    var tunable: [String] {
        switch self {
        case .linearSVC: ["C", "tol"]
        case .logisticCV: ["Cs", "tol"]
        case .ridgeCV: ["alphas"]
        case .dummyStratified: []
        }
    }

    var isL1: Bool {
        switch self {
        case .linearSVC(let l1), .logisticCV(let l1): l1
        default: false
        }
    }
}
