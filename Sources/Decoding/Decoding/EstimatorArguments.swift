extension Decoder {
    /// A value of ``Decoder/estimatorArgs``: a number (integers included), a flag or a list,
    /// written as literals (`["tol": 1e-3, "fit_intercept": false, "alphas": [0.1, 1]]`).
    public enum EstimatorArgument: Sendable, Equatable, CustomStringConvertible, ExpressibleByFloatLiteral,
        ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral
    {
        /// A number; integer parameters (`max_iter`, `random_state`) need a whole one.
        case number(Double)
        /// A flag (`fit_intercept`).
        case flag(Bool)
        /// A list (`alphas`, `Cs`).
        case numbers([Double])

        /// `1e-3`.
        public init(floatLiteral value: Double) { self = .number(value) }
        /// `500`.
        public init(integerLiteral value: Int) { self = .number(Double(value)) }
        /// `false`.
        public init(booleanLiteral value: Bool) { self = .flag(value) }
        /// `[0.1, 1, 10]`.
        public init(arrayLiteral elements: Double...) { self = .numbers(elements) }

        /// As Python prints it, for messages and the decoder's description.
        public var description: String {
            switch self {
            case .number(let v): v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : pythonFloat(v)
            case .flag(let b): b ? "True" : "False"
            case .numbers(let v): "[" + v.map(pythonFloat).joined(separator: ", ") + "]"
            }
        }
    }
}

/// The checked `estimatorArgs` of one fit: what each catalogue model accepts, with nilearn's
/// precedence — the parameter grid's values win over these, and these over nilearn's defaults
/// (`max_iter=10000, random_state=0` for `LinearSVC`, `random_state=0` for the dummy
/// classifier). Names nilearn fixes per catalogue entry (`penalty`, `solver`, `strategy`, …)
/// are refused rather than silently overridden as nilearn does.
struct EstimatorArguments: Sendable {
    private var values: [String: Decoder.EstimatorArgument]

    /// Checks `args` against what `kind` accepts (names and value types).
    init(_ args: [String: Decoder.EstimatorArgument]?, kind: EstimatorKind, estimator: String) throws(DecoderError) {
        values = args ?? [:]
        let (accepted, fixed) = kind.estimatorArgumentNames
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            if fixed.contains(name) {
                throw .invalidParameter(name: "estimator_args", value: "{'\(name)': \(value)}",
                                        requirement: "free of '\(name)', which the estimator name '\(estimator)' sets")
            }
            guard let type = accepted[name] else {
                throw .unknownParameter(estimator: kind.className, name: name, known: accepted.keys.sorted())
            }
            let fits: Bool
            switch (type, value) {
            case (.integer, .number(let v)): fits = v == v.rounded() && (name != "max_iter" || v >= 1) && v >= 0
            case (.positive, .number(let v)): fits = v > 0 && v.isFinite
            case (.flag, .flag): fits = true
            case (.list, .numbers(let v)): fits = !v.isEmpty && v.allSatisfy { $0 > 0 && $0.isFinite }
            case (.countOrList, .number(let v)): fits = v == v.rounded() && v >= 1
            case (.countOrList, .numbers(let v)): fits = !v.isEmpty && v.allSatisfy { $0 > 0 && $0.isFinite }
            default: fits = false
            }
            guard fits else {
                throw .invalidParameter(name: "estimator_args", value: "{'\(name)': \(value)}",
                                        requirement: "\(type.requirement) for '\(name)'")
            }
        }
    }

    func number(_ name: String) -> Double? { if case .number(let v)? = values[name] { v } else { nil } }
    func integer(_ name: String) -> Int? { number(name).map { Int($0) } }
    func flag(_ name: String) -> Bool? { if case .flag(let b)? = values[name] { b } else { nil } }
    func numbers(_ name: String) -> [Double]? { if case .numbers(let v)? = values[name] { v } else { nil } }
}

/// The kinds of value an estimator argument takes.
enum ArgumentType {
    case integer, positive, flag, list, countOrList

    var requirement: String {
        switch self {
        case .integer: "a non-negative integer"
        case .positive: "a positive number"
        case .flag: "true or false"
        case .list: "a non-empty list of positive numbers"
        case .countOrList: "a count (integer ≥ 1) or a list of positive numbers"
        }
    }
}

extension EstimatorKind {
    /// The scikit-learn parameters `estimatorArgs` may set, and those nilearn fixes.
    var estimatorArgumentNames: (accepted: [String: ArgumentType], fixed: Set<String>) {
        switch self {
        case .linearSVC:
            (["C": .positive, "tol": .positive, "max_iter": .integer, "random_state": .integer,
              "fit_intercept": .flag, "intercept_scaling": .positive], ["penalty"])
        case .logisticCV:
            (["Cs": .countOrList, "tol": .positive, "max_iter": .integer, "random_state": .integer,
              "fit_intercept": .flag, "intercept_scaling": .positive],
             ["l1_ratios", "solver", "scoring", "use_legacy_attributes"])
        case .ridgeCV:
            (["alphas": .list, "fit_intercept": .flag], [])
        case .dummyStratified:
            (["random_state": .integer], ["strategy"])
        }
    }
}
