import Foundation

/// An estimator whose parameters are listed once, for scikit-learn's repr.
///
/// Each parameter's default is written in one place only — `init`'s default arguments — and
/// read back from `Self()`, given as `defaults`: the repr shows a parameter when its repr
/// differs from the default instance's, which is scikit-learn's own rule
/// (`print_changed_only`: `repr(v) != repr(default)`).
protocol EstimatorParameters {
    /// scikit-learn's class name, which the repr starts with (`"LinearSVC"`).
    static var estimatorName: String { get }
    /// The parameters in printed order (scikit-learn's: alphabetical by Python name).
    static var reprParameters: [ReprParameter<Self>] { get }
}

/// One parameter of an estimator: its Python name and how its value prints.
struct ReprParameter<Estimator> {
    /// scikit-learn's name (`"max_iter"`).
    var name: String
    /// The value as Python's `repr` prints it.
    var repr: (Estimator) -> String
    /// Shown even at the Swift default, where scikit-learn's default differs (`SVC`'s kernel).
    var alwaysShown = false

    init(_ name: String, alwaysShown: Bool = false, repr: @escaping (Estimator) -> String) {
        self.name = name
        self.repr = repr
        self.alwaysShown = alwaysShown
    }

    init<Value: PythonRepresentable>(_ name: String, _ value: KeyPath<Estimator, Value>, alwaysShown: Bool = false) {
        self.init(name, alwaysShown: alwaysShown) { $0[keyPath: value].pythonRepr }
    }

    /// A string-valued option printed quoted: `loss='hinge'`.
    init<Value: RawRepresentable>(_ name: String, _ value: KeyPath<Estimator, Value>, alwaysShown: Bool = false)
    where Value.RawValue == String {
        self.init(name, alwaysShown: alwaysShown) { "'\($0[keyPath: value].rawValue)'" }
    }
}

extension EstimatorParameters {
    /// scikit-learn's `repr(estimator)`: `Name(a=1, b='x')` with the parameters that differ
    /// from their defaults, wrapped as scikit-learn's `_EstimatorPrettyPrinter` does.
    func estimatorRepr(defaults: Self) -> String {
        let items = Self.reprParameters.compactMap { parameter -> String? in
            let value = parameter.repr(self)
            guard parameter.alwaysShown || value != parameter.repr(defaults) else { return nil }
            return parameter.name + "=" + value
        }
        return EstimatorReprLayout.format(name: Self.estimatorName, items: items)
    }
}

/// scikit-learn's layout of an estimator repr: one line when it fits in 80 columns (its `PrettyPrinter` width), else
/// `name=value` items packed into lines aligned after the parenthesis (its compact
/// `_format_params_or_dict_items`). Values are kept whole (scikit-learn would also break
/// a nested estimator's repr or a long string), and reprs beyond its 700-character
/// `N_CHAR_MAX` are not elided.
enum EstimatorReprLayout {
    static let width = 80

    static func format(name: String, items: [String]) -> String {
        let line = name + "(" + items.joined(separator: ", ") + ")"
        guard line.count > width else { return line }
        let indent = name.count + 1
        let newline = ",\n" + String(repeating: " ", count: indent)
        var maxWidth = width - indent + 1
        var room = maxWidth
        var text = name + "("
        var delimiter = ""
        for (index, item) in items.enumerated() {
            if index == items.count - 1 {  // the closing parenthesis follows the last item
                maxWidth -= 1
                room -= 1
            }
            let needed = item.count + 2
            if room < needed {
                room = maxWidth
                if !delimiter.isEmpty { delimiter = newline }
            }
            text += delimiter + item
            if room >= needed {
                room -= needed
                delimiter = ", "
            } else {
                delimiter = newline  // longer than a whole line: alone on its line
            }
        }
        return text + ")"
    }
}

/// A value as Python's `repr` prints it.
protocol PythonRepresentable {
    var pythonRepr: String { get }
}

extension Double: PythonRepresentable {
    var pythonRepr: String { pythonFloat(self) }
}

extension Int: PythonRepresentable {
    var pythonRepr: String { String(self) }
}

extension Bool: PythonRepresentable {
    var pythonRepr: String { self ? "True" : "False" }
}

extension Optional: PythonRepresentable where Wrapped: PythonRepresentable {
    var pythonRepr: String { self?.pythonRepr ?? "None" }
}

extension Array: PythonRepresentable where Element: PythonRepresentable {
    var pythonRepr: String { "[" + map(\.pythonRepr).joined(separator: ", ") + "]" }
}

/// Python's `repr(float)` for the values a tutorial sets: `0.5`, `10.0`, `0.0001`, `1e-05`.
func pythonFloat(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e16 { return String(format: "%.1f", value) }
    let text = "\(value)"  // Swift prints the shortest round-trip digits, as Python does
    if let e = text.firstIndex(of: "e") {
        let mantissa = text[..<e], exponent = Int(text[text.index(after: e)...]) ?? 0
        return "\(mantissa)e\(exponent < 0 ? "-" : "+")\(String(format: "%02d", abs(exponent)))"
    }
    return text
}

/// Python's repr of a dict with string keys, keys sorted (a Swift dictionary has no order
/// to keep): `{'C': [0.1, 1.0], 'tol': 0.001}`.
func pythonDict<Value>(_ dictionary: [String: Value], value: (Value) -> String) -> String {
    "{" + dictionary.keys.sorted().map { "'\($0)': \(value(dictionary[$0]!))" }.joined(separator: ", ") + "}"
}
