/// numpy's `array2string` for `str(array)` with the default print options: nested brackets,
/// one space between elements, lines wrapped at 75 characters with a hanging indent, and
/// arrays of more than 1000 elements summarised to their first and last 3 items per axis.
struct ArrayPrinter<Element: NumpyPrintable> {
    var lineWidth = 75
    var threshold = 1000
    var edgeItems = 3

    func render(_ array: NDArray<Element>) -> String {
        if array.ndim == 0 { return array.size == 1 ? Element.numpyScalarText(array.storage[0]) : "[]" }
        if array.size == 0 { return "[]" }
        let summarise = array.size > threshold
        let shown = summarise ? edgeElements(array) : array.storage
        let layout = Layout(
            array: array, format: Element.numpyFormatter(for: shown),
            summaryInsert: summarise ? "..." : "", edgeItems: edgeItems)
        return layout.recurse(index: [], hangingIndent: " ", currentWidth: lineWidth)
    }

    /// The elements numpy keeps (`_leading_trailing`) to choose the format of a summarised array.
    private func edgeElements(_ array: NDArray<Element>) -> [Element] {
        var out = [Element]()
        func visit(axis: Int, offset: Int) {
            if axis == array.ndim {
                out.append(array.storage[offset])
                return
            }
            let n = array.shape[axis]
            let stride = array.shape.dimensions[(axis + 1)...].reduce(1, *)
            let kept = n > 2 * edgeItems ? Array(0..<edgeItems) + Array((n - edgeItems)..<n) : Array(0..<n)
            for i in kept { visit(axis: axis + 1, offset: offset + i * stride) }
        }
        visit(axis: 0, offset: 0)
        return out
    }

    /// The recursive part of numpy's `_formatArray` (non-legacy mode, separator " ").
    private struct Layout {
        let array: NDArray<Element>
        let format: (Element) -> String
        let summaryInsert: String
        let edgeItems: Int
        let separator = " "

        func recurse(index: [Int], hangingIndent: String, currentWidth: Int) -> String {
            let axis = index.count
            let axesLeft = array.ndim - axis
            if axesLeft == 0 { return format(array.storage[offset(index)]) }
            let nextIndent = hangingIndent + " "
            let nextWidth = currentWidth - 1
            let length = array.shape[axis]
            let showSummary = !summaryInsert.isEmpty && 2 * edgeItems < length
            let leading = showSummary ? edgeItems : 0
            let trailing = showSummary ? edgeItems : length
            var s = ""
            if axesLeft == 1 {
                let elementWidth = currentWidth - 1  // max(len(separator.rstrip()), len("]"))
                var line = hangingIndent
                for i in 0..<leading {
                    let word = recurse(index: index + [i], hangingIndent: nextIndent, currentWidth: nextWidth)
                    extend(&s, &line, word, elementWidth, hangingIndent)
                    line += separator
                }
                if showSummary {
                    extend(&s, &line, summaryInsert, elementWidth, hangingIndent)
                    line += separator
                }
                for i in stride(from: trailing, to: 1, by: -1) {
                    let word = recurse(index: index + [-i], hangingIndent: nextIndent, currentWidth: nextWidth)
                    extend(&s, &line, word, elementWidth, hangingIndent)
                    line += separator
                }
                let word = recurse(index: index + [-1], hangingIndent: nextIndent, currentWidth: nextWidth)
                extend(&s, &line, word, elementWidth, hangingIndent)
                s += line
            } else {
                let lineSeparator = String(repeating: "\n", count: axesLeft - 1)
                for i in 0..<leading {
                    s += hangingIndent + recurse(index: index + [i], hangingIndent: nextIndent, currentWidth: nextWidth)
                        + lineSeparator
                }
                if showSummary { s += hangingIndent + summaryInsert + lineSeparator }
                for i in stride(from: trailing, to: 1, by: -1) {
                    s += hangingIndent + recurse(index: index + [-i], hangingIndent: nextIndent, currentWidth: nextWidth)
                        + lineSeparator
                }
                s += hangingIndent + recurse(index: index + [-1], hangingIndent: nextIndent, currentWidth: nextWidth)
            }
            return "[" + String(s.unicodeScalars.dropFirst(hangingIndent.unicodeScalars.count)) + "]"
        }

        /// numpy's `_extendLine`: wrap before `word` unless the line holds only the indent.
        private func extend(_ s: inout String, _ line: inout String, _ word: String, _ width: Int, _ nextPrefix: String) {
            let lineLength = line.unicodeScalars.count
            if lineLength + word.unicodeScalars.count > width && lineLength > nextPrefix.unicodeScalars.count {
                s += line.pythonRstripped + "\n"
                line = nextPrefix
            }
            line += word
        }

        private func offset(_ index: [Int]) -> Int {
            var offset = 0
            for (axis, i) in index.enumerated() {
                let n = array.shape[axis]
                offset = offset * n + (i < 0 ? n + i : i)
            }
            return offset
        }
    }
}

extension String {
    var pythonRstripped: String {
        var scalars = Substring(self).unicodeScalars
        while let last = scalars.last, last == " " || last == "\t" || last == "\n" { scalars.removeLast() }
        return String(scalars)
    }
}

extension NDArray: CustomStringConvertible where Element: NumpyPrintable {
    /// What numpy's `print(x)` shows for the same array.
    public var description: String { ArrayPrinter<Element>().render(self) }
}
