/// Printing exactly as nibabel's `print(img)` in the seed tutorial: class line, data shape,
/// the numpy-formatted affine, then the header dump with nibabel's field names and labels.
extension NiftiImage: CustomStringConvertible {
    /// nibabel's `print(img)`: class, data shape, affine and header fields, line for line.
    public var description: String {
        let rows = (0..<4).map { r in (0..<4).map { affine[r, $0] } }
        return [
            header.magicString == "ni1" ? "<class 'nibabel.nifti1.Nifti1Pair'>" : "<class 'nibabel.nifti1.Nifti1Image'>",
            "data shape \(shape)",
            "affine: ",
            NiftiPrinting.matrix(rows),
            "metadata:",
            header.description,
            "",  // nibabel's text ends with a newline: print(img) leaves a blank line
        ].joined(separator: "\n")
    }
}

extension NiftiHeader: CustomStringConvertible {
    /// nibabel's `print(header)`: `name.ljust(15) + " : " + value`, coded fields by label.
    public var description: String {
        let fields = Self.fields.map { ($0.name, $0.printed(self)) }
        let lines = fields.map { name, value in
            name + String(repeating: " ", count: max(0, 15 - name.count)) + " : " + value
        }
        let kind = magicString == "ni1" ? "Nifti1PairHeader" : "Nifti1Header"
        return (["<class 'nibabel.nifti1.\(kind)'> object, endian='\(isBigEndian ? ">" : "<")'"] + lines)
            .joined(separator: "\n")
    }

    static func xformLabel(_ code: Int16) -> String {
        let labels = ["unknown", "scanner", "aligned", "talairach", "mni", "template"]
        return labels.indices.contains(Int(code)) ? labels[Int(code)] : "<unknown code \(code)>"
    }

    static func sliceLabel(_ code: UInt8) -> String {
        let labels = ["unknown", "sequential increasing", "sequential decreasing", "alternating increasing",
                      "alternating decreasing", "alternating increasing 2", "alternating decreasing 2"]
        return labels.indices.contains(Int(code)) ? labels[Int(code)] : "<unknown code \(code)>"
    }

    static func intentLabel(_ code: Int16) -> String {
        let statistics = ["none", "", "correlation", "t test", "f test", "z score", "chi2", "beta", "binomial",
                          "gamma", "poisson", "normal", "non central f test", "non central chi2", "logistic",
                          "laplace", "uniform", "non central t test", "weibull", "chi", "inverse gaussian",
                          "extreme value 1", "p value", "log p value", "log10 p value"]
        let c = Int(code)
        if c != 1, statistics.indices.contains(c) { return statistics[c] }
        let others: [Int: String] = [
            1001: "estimate", 1002: "label", 1003: "neuroname", 1004: "general matrix", 1005: "symmetric matrix",
            1006: "displacement vector", 1007: "vector", 1008: "pointset", 1009: "triangle", 1010: "quaternion",
            1011: "dimensionless", 2001: "time series", 2002: "node index", 2003: "rgb vector", 2004: "rgba vector",
            2005: "shape", 2006: "fnirt disp field", 2007: "fnirt cubic spline coef", 2008: "fnirt dct coef",
            2009: "fnirt quad spline coef", 2016: "topup cubic spline coef ", 2017: "topup quad spline coef",
            2018: "topup field", 3000: "ConnUnknown", 3001: "ConnDense", 3002: "ConnDenseSeries",
            3003: "ConnParcels", 3004: "ConnParcelSries", 3006: "ConnDenseScalar", 3007: "ConnDenseLabel",
            3008: "ConnParcelScalr", 3009: "ConnParcelDense", 3010: "ConnDenseParcel", 3011: "ConnPPSr",
            3012: "ConnPPSc",
        ]
        return others[c] ?? "<unknown code \(code)>"
    }
}
