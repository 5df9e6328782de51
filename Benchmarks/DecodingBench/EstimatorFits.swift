import Decoding
import Foundation

/// The eight-category fits of plot_haxby_different_estimators (tutorials/), one
/// `Decoder.fit` per classifier as the draft calls it, timed one by one: process CPU seconds
/// (every thread) and wall seconds, with a digest of every fold score and weight so that a
/// faster build can be checked to give the same bits.
struct EstimatorFits {
    var subject: String
    var names: [String]

    func run() throws {
        let haxby = try Datasets.fetchHaxby(dataDirectory: subject)
        let labels = try DataFrame.readCSV(haxby.sessionTarget[0], separator: " ")
        let stimuli = try labels["labels"]
        let taskMask = stimuli.strings.storage.map { $0 != "rest" }
        let runLabels = try labels["chunks"][taskMask]
        let images = try indexImg(haxby.func[0], taskMask)
        let target = stimuli[taskMask]
        for name in names {
            var decoder = Decoder(
                estimator: .init(name), mask: haxby.maskVT[0], cv: LeaveOneGroupOut(), screeningPercentile: 100,
                estimatorArgs: name == "logistic_l1" ? ["random_state": 0] : nil, jobs: 2)
            let (cpu0, wall0) = (processCPUSeconds(), ContinuousClock.now)
            try decoder.fit(images, target, groups: runLabels)
            let (cpu, wall) = (processCPUSeconds() - cpu0, (ContinuousClock.now - wall0).seconds)
            var digest = Digest()
            let scores = try decoder.cvScores
            for key in scores.keys.sorted() { scores[key]!.forEach { digest.add($0) } }
            let maps = try decoder.coefImg
            for key in maps.keys.sorted() { try maps[key]!.fdata().forEach { digest.add($0) } }
            print(String(format: "%-17@ cpu %7.2f s  wall %7.2f s  digest %016llx", name, cpu, wall, digest.value))
        }
    }
}

/// FNV-1a over the bit patterns of doubles.
struct Digest {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    mutating func add(_ x: Double) {
        var bits = x.bitPattern
        for _ in 0..<8 {
            value = (value ^ (bits & 0xff)) &* 0x100_0000_01b3
            bits >>= 8
        }
    }
}

/// User + system CPU seconds of the whole process so far.
func processCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) * 1e-6
}
