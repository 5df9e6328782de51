/// A unified diff (`--- expected` / `+++ actual`, `@@` hunks with 3 lines of context) of two
/// outputs, computed on the lines `OutputMatcher` compares; lines that match under the
/// matcher's rules (tolerance, in-line `...`) count as equal.
public enum UnifiedDiff {
    public static func diff(expected: String, actual: String, matcher: OutputMatcher = OutputMatcher(), context: Int = 3) -> String {
        let old = OutputMatcher.lines(of: expected), new = OutputMatcher.lines(of: actual)
        let operations = script(old, new) { matcher.lineMatches(expected: $0, actual: $1) }
        guard operations.contains(where: { $0.kind != .same }) else { return "" }

        let changes = operations.indices.filter { operations[$0].kind != .same }
        var hunks: [Range<Int>] = []
        for change in changes {
            let lower = max(0, change - context), upper = min(operations.count, change + context + 1)
            if let last = hunks.last, lower <= last.upperBound {
                hunks[hunks.count - 1] = last.lowerBound..<upper
            } else {
                hunks.append(lower..<upper)
            }
        }
        var text = "--- expected\n+++ actual\n"
        for bounds in hunks {
            let hunk = operations[bounds]
            let oldStart = hunk.first!.oldLine, newStart = hunk.first!.newLine
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            text += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for operation in hunk {
                switch operation.kind {
                case .same: text += " " + old[operation.oldLine] + "\n"
                case .delete: text += "-" + old[operation.oldLine] + "\n"
                case .insert: text += "+" + new[operation.newLine] + "\n"
                }
            }
        }
        return text
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    struct Operation {
        enum Kind { case same, delete, insert }
        var kind: Kind
        /// Index into the old lines (for insertions: where the insertion happens).
        var oldLine: Int
        var newLine: Int
    }

    /// The edit script from the standard library's diff (`difference(from:by:)`), deletions
    /// before insertions within a change, as unified diffs show them.
    static func script(_ old: [String], _ new: [String], equal: (String, String) -> Bool) -> [Operation] {
        let difference = new.difference(from: old, by: equal)
        var removed = Set<Int>(), inserted = Set<Int>()
        for change in difference {
            switch change {
            case .remove(let offset, _, _): removed.insert(offset)
            case .insert(let offset, _, _): inserted.insert(offset)
            }
        }
        var operations: [Operation] = []
        var i = 0, j = 0
        while i < old.count || j < new.count {
            if i < old.count, removed.contains(i) {
                operations.append(Operation(kind: .delete, oldLine: i, newLine: j)); i += 1
            } else if j < new.count, inserted.contains(j) {
                operations.append(Operation(kind: .insert, oldLine: i, newLine: j)); j += 1
            } else {
                operations.append(Operation(kind: .same, oldLine: i, newLine: j)); i += 1; j += 1
            }
        }
        return operations
    }
}
