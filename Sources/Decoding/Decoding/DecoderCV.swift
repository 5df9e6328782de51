/// How a `Decoder` splits the samples: a number of folds or a splitter.
///
/// A number follows nilearn: leave one group out when `fit` is given groups (nilearn warns
/// that it ignores the number then), else scikit-learn's `StratifiedKFold(n)` without
/// shuffling. `Decoder.init` takes a number, a splitter or this enum:
///
///     Decoder(cv: 5)
///     Decoder(cv: LeaveOneGroupOut())
public enum DecoderCV: Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    /// That many folds: leave one group out when `fit` gets groups, else `StratifiedKFold(n)`.
    case folds(Int)
    /// This splitter, used as given.
    case splitter(any CrossValidator)

    /// `cv: 5`: that many folds.
    public init(integerLiteral value: Int) { self = .folds(value) }

    /// As nilearn's repr shows `cv`: the number, or the splitter.
    public var description: String {
        switch self {
        case .folds(let n): "\(n)"
        case .splitter(let s): s.description
        }
    }

    /// The splitter used for `y` and `groups`, and whether a number was overridden by groups.
    func resolve(groups: [Int]?) throws(DecoderError) -> (splitter: any CrossValidator, replacedByGroups: Bool) {
        switch self {
        case .splitter(let s):
            return (s, false)
        case .folds(let n):
            if groups != nil { return (LeaveOneGroupOut(), true) }
            guard n >= 2 else {
                throw .invalidParameter(name: "cv", value: "\(n)", requirement: "an int in the range [2, inf) or a splitter")
            }
            return (StratifiedKFold(nSplits: n), false)
        }
    }
}

/// What `Decoder(cv:)` accepts: a number of folds, a splitter, or a `DecoderCV`.
public protocol DecoderCVConvertible: Sendable {
    /// This value as the decoder's cross-validation choice.
    var decoderCV: DecoderCV { get }
}

extension DecoderCV: DecoderCVConvertible {
    /// Itself.
    public var decoderCV: DecoderCV { self }
}
extension Int: DecoderCVConvertible {
    /// `.folds(self)`: nilearn's meaning of an integer `cv`.
    public var decoderCV: DecoderCV { .folds(self) }
}
extension KFold: DecoderCVConvertible {
    /// `.splitter(self)`.
    public var decoderCV: DecoderCV { .splitter(self) }
}
extension StratifiedKFold: DecoderCVConvertible {
    /// `.splitter(self)`.
    public var decoderCV: DecoderCV { .splitter(self) }
}
extension GroupKFold: DecoderCVConvertible {
    /// `.splitter(self)`.
    public var decoderCV: DecoderCV { .splitter(self) }
}
extension LeaveOneGroupOut: DecoderCVConvertible {
    /// `.splitter(self)`.
    public var decoderCV: DecoderCV { .splitter(self) }
}
