/// Counts of (true, predicted) label pairs (scikit-learn's `confusion_matrix`): entry (i, j)
/// is the number of samples of class `labels[i]` predicted as `labels[j]`. Labels default to
/// the sorted union of both lists; pairs with a label outside `labels` are not counted.
/// - Precondition: both lists have the same length.
public func confusionMatrix(_ yTrue: [String], _ yPred: [String], labels: [String]? = nil) -> NDArray<Int> {
    precondition(yTrue.count == yPred.count, "confusionMatrix: \(yTrue.count) true labels but \(yPred.count) predictions")
    let labels = labels ?? ClassLabels.sortedUnique(yTrue + yPred)
    var index: [String: Int] = [:]
    for (i, label) in labels.enumerated() where index[label] == nil { index[label] = i }
    var counts = [Int](repeating: 0, count: labels.count * labels.count)
    for (t, p) in zip(yTrue, yPred) {
        if let i = index[t], let j = index[p] { counts[i * labels.count + j] += 1 }
    }
    return NDArray(shape: [labels.count, labels.count], storage: counts)
}

/// The confusion matrix of a classifier's `predict` result; see the `[String]` overload.
public func confusionMatrix(_ yTrue: [String], _ yPred: NDArray<String>, labels: [String]? = nil) -> NDArray<Int> {
    confusionMatrix(yTrue, yPred.storage, labels: labels)
}
