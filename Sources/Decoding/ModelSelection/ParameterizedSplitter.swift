/// What every splitter's parameters hold, as scikit-learn's splitters take them: how many
/// splits, and the seed of numpy's legacy `RandomState` any randomness comes from.
public protocol SplitterParameters: Sendable, Equatable {
    /// The number of splits (folds, or random splits).
    var nSplits: Int { get set }
    /// The seed, so random splits are scikit-learn's for the same seed; nil draws fresh
    /// entropy (`random_state=None`).
    var randomState: Int? { get set }
}

/// A splitter that is its parameters plus a way to split: the k-fold family
/// (``KFoldSplitter``) and the shuffle-split family (``ShuffleSplitter``). Each concrete
/// splitter says only how it assigns samples; its parameters, their accessors and its seeded
/// generator live here once.
public protocol ParameterizedSplitter: CrossValidator {
    /// The family's parameter set (``KFoldParameters`` or ``ShuffleSplitParameters``), shared
    /// by its splitters so the family's accessors and reprs are written once.
    associatedtype Parameters: SplitterParameters
    /// scikit-learn's class name, for reprs and errors.
    static var name: String { get }
    /// The splitter's parameters; the properties of the splitter read and write them.
    var parameters: Parameters { get set }
    /// A splitter with these parameters.
    init(parameters: Parameters)
}

extension ParameterizedSplitter {
    /// The number of splits (``SplitterParameters/nSplits``).
    public var nSplits: Int {
        get { parameters.nSplits }
        set { parameters.nSplits = newValue }
    }

    /// The seed of the splits (``SplitterParameters/randomState``).
    public var randomState: Int? {
        get { parameters.randomState }
        set { parameters.randomState = newValue }
    }

    /// The generator of a split: scikit-learn's `check_random_state(random_state)`.
    func generator() -> RandomState { RandomState(randomState: randomState) }

    /// `random_state=…` as scikit-learn's repr prints it.
    var randomStateRepr: String { randomState.map(String.init) ?? "None" }
}
