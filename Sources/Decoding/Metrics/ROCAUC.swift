/// Area under the ROC curve of a binary problem, scikit-learn's `roc_auc_score`: scores
/// sorted in decreasing order, one point per distinct score, collinear points dropped
/// (`roc_curve(drop_intermediate=True)`), then the trapezoidal rule summed as numpy sums.
///
/// `positiveLabel` is the class whose higher scores mean "positive"; scikit-learn takes the
/// larger of the two sorted labels, which is the default here.
/// - Returns: NaN when `yTrue` holds a single class, as scikit-learn does (with a warning).
/// - Precondition: `yTrue` and `yScore` have the same length.
public func rocAUCScore(_ yTrue: [String], _ yScore: [Double], positiveLabel: String? = nil) -> Double {
    precondition(yTrue.count == yScore.count, "rocAUCScore: \(yTrue.count) labels but \(yScore.count) scores")
    let classes = Array(Set(yTrue)).sorted()
    guard classes.count == 2 else { return .nan }
    let positive = positiveLabel ?? classes[1]
    return rocAUC(yTrue.map { $0 == positive }, yScore)
}

/// `roc_auc_score` of boolean truths (true is the positive class).
public func rocAUCScore(_ yTrue: [Bool], _ yScore: [Double]) -> Double {
    precondition(yTrue.count == yScore.count, "rocAUCScore: \(yTrue.count) labels but \(yScore.count) scores")
    guard yTrue.contains(true), yTrue.contains(false) else { return .nan }
    return rocAUC(yTrue, yScore)
}

private func rocAUC(_ positive: [Bool], _ score: [Double]) -> Double {
    // Stable descending order: ties keep their original order (only tie groups' ends matter).
    let order = score.indices.sorted { score[$0] > score[$1] || (score[$0] == score[$1] && $0 < $1) }
    let sortedScore = order.map { score[$0] }
    var thresholdIndices: [Int] = []
    for i in 0..<(order.count - 1) where sortedScore[i + 1] != sortedScore[i] { thresholdIndices.append(i) }
    thresholdIndices.append(order.count - 1)
    var cumulative = [Double](repeating: 0, count: order.count)
    var running = 0.0
    for (i, o) in order.enumerated() {
        running += positive[o] ? 1 : 0
        cumulative[i] = running
    }
    var tps = thresholdIndices.map { cumulative[$0] }
    var fps = zip(thresholdIndices, tps).map { 1 + Double($0) - $1 }
    if fps.count > 2 {
        var keep = [0]
        for i in 1..<(fps.count - 1) {
            // numpy's diff(x, 2) is diff(diff(x)): (x[i+1]-x[i]) - (x[i]-x[i-1]).
            let d2f = (fps[i + 1] - fps[i]) - (fps[i] - fps[i - 1])
            let d2t = (tps[i + 1] - tps[i]) - (tps[i] - tps[i - 1])
            if d2f != 0 || d2t != 0 { keep.append(i) }
        }
        keep.append(fps.count - 1)
        tps = keep.map { tps[$0] }
        fps = keep.map { fps[$0] }
    }
    tps.insert(0, at: 0)
    fps.insert(0, at: 0)
    let fpr = fps.map { $0 / fps.last! }, tpr = tps.map { $0 / tps.last! }
    var areas = [Double](repeating: 0, count: fpr.count - 1)
    for i in areas.indices { areas[i] = (fpr[i + 1] - fpr[i]) * (tpr[i + 1] + tpr[i]) / 2.0 }
    return pairwiseSum(areas)
}
