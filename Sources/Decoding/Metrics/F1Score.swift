/// F1 score of the positive class of a binary problem, scikit-learn's `f1_score` with its
/// default `average='binary'`: 2·TP / (2·TP + FP + FN), and 0 when there is neither a
/// positive prediction nor a positive truth (scikit-learn's `zero_division` default, which
/// also warns).
/// - Precondition: both arrays have the same length.
public func f1Score(_ yTrue: [String], _ yPred: [String], positiveLabel: String) -> Double {
    precondition(yTrue.count == yPred.count, "f1Score: \(yTrue.count) true labels but \(yPred.count) predictions")
    var tp = 0, fp = 0, fn = 0
    for (t, p) in zip(yTrue, yPred) {
        switch (t == positiveLabel, p == positiveLabel) {
        case (true, true): tp += 1
        case (false, true): fp += 1
        case (true, false): fn += 1
        case (false, false): break
        }
    }
    let denominator = 2 * tp + fp + fn
    return denominator == 0 ? 0 : Double(2 * tp) / Double(denominator)
}
