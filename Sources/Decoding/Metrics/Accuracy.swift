/// Fraction of positions where the prediction equals the truth (scikit-learn's
/// `accuracy_score`, what `(prediction == y).sum() / len(y)` computes by hand).
/// - Precondition: both have the same length; an empty pair scores 0.
public func accuracyScore(_ yTrue: [String], _ yPred: [String]) -> Double {
    precondition(yTrue.count == yPred.count, "accuracyScore: \(yTrue.count) true labels but \(yPred.count) predictions")
    guard !yTrue.isEmpty else { return 0 }
    return Double(zip(yTrue, yPred).count { $0 == $1 }) / Double(yTrue.count)
}

/// ``accuracyScore(_:_:)`` against a classifier's `predict` result.
public func accuracyScore(_ yTrue: [String], _ yPred: NDArray<String>) -> Double {
    accuracyScore(yTrue, yPred.storage)
}
