// Masking benchmark driver (see bench/masking/run): generates the simulated Haxby subject,
// or masks a bold with a mask and reports the time and a checksum of the result.
import Decoding
import Foundation

let args = CommandLine.arguments
func value(_ flag: String) -> String? {
    args.firstIndex(of: flag).flatMap { $0 + 1 < args.count ? args[$0 + 1] : nil }
}

switch args.dropFirst().first {
case "generate":
    let start = Date()
    let haxby = try Datasets.fetchHaxby(dataDirectory: value("--dir"), simulated: true)
    print(String(format: "generated in %.1f s: %@", Date().timeIntervalSince(start), haxby.folder))
case "mask":
    guard let bold = value("--bold"), let mask = value("--mask") else {
        print("usage: masking-bench mask --bold B --mask M [--out CSV]")
        exit(2)
    }
    let start = Date()
    var masker = NiftiMasker(maskImg: mask, standardize: true)
    let x = try masker.fitTransform(bold)
    let seconds = Date().timeIntervalSince(start)
    print("shape \(x.shape) sum \(x.storage.reduce(0, +)) first \(x.storage.prefix(3))")
    print(String(format: "swift masking: %.3f s", seconds))
    if let out = value("--out") {
        let n = x.shape[1]
        let text = (0..<x.shape[0]).map { r in x.storage[(r * n)..<((r + 1) * n)].map { "\($0)" }.joined(separator: ",") }
        try text.joined(separator: "\n").write(toFile: out, atomically: true, encoding: .utf8)
    }
default:
    print("usage: masking-bench generate [--dir D] | mask --bold B --mask M [--out CSV]")
    exit(2)
}
