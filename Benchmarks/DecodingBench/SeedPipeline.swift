import Decoding
import Foundation

/// The seed tutorial's steps with nothing printed, as bench/python/pipeline.py runs them in
/// nilearn + scikit-learn: plot the mask, mask + standardize the bold, read the labels, every
/// SVC fit and cross-validation, inverse transform + save, plot the weights.
struct SeedPipeline {
    let subject: String
    let out: String

    func run(stagesPath: String?) throws {
        var clock = Stopwatch()
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let bold = subject + "/bold.nii.gz", mask = subject + "/mask4_vt.nii.gz"
        let anat = try NiftiImage.load(subject + "/anat.nii.gz").volume()

        try Plotting.plotROI(try NiftiImage.load(mask).volume(), bgImg: anat, cmap: .paired).save(to: out + "/roi.png")
        clock.mark("plot_roi")

        var masker = NiftiMasker(maskImg: mask, standardize: true)
        var fmriMasked = try masker.fitTransform(bold)
        clock.mark("load_mask_standardize")

        let behavioral = try DataFrame.readCSV(subject + "/labels.txt", separator: " ")
        let conditionMask = try behavioral["labels"].isIn(["face", "cat"])
        fmriMasked = fmriMasked[rows: conditionMask]
        let conditions = try zip(behavioral["labels"].strings.storage, conditionMask).filter(\.1).map(\.0)
        let sessions = try zip(behavioral["chunks"].ints.storage, conditionMask).filter(\.1).map(\.0)
        clock.mark("labels")

        let scores = try Self.seedFits(fmriMasked, conditions, sessions)
        clock.mark("svc_fits_and_cv")

        let coefImg = try masker.inverseTransform(try scores.svc.coef)
        try coefImg.write(to: out + "/haxby_svc_weights.nii.gz")
        clock.mark("inverse_transform_save")

        try Plotting.plotStatMap(try coefImg.volume(), bgImg: anat, title: "SVM weights", displayMode: .yx)
            .save(to: out + "/weights.png")
        clock.mark("plot_stat_map")

        if let stagesPath {
            var report = scores.summary
            report["stages"] = Dictionary(uniqueKeysWithValues: clock.stages)
            try writeJSON(report, to: stagesPath)
        }
    }

    /// Every fit of the tutorial; the returned SVC is the last one fitted (on the last KFold
    /// fold), whose weights the tutorial maps, as in scikit-learn where `svc` is refitted.
    static func seedFits(_ x: NDArray<Float>, _ y: [String], _ groups: [Int]) throws -> (svc: SVC, summary: [String: Any]) {
        var svc = SVC(kernel: .linear)
        try svc.fit(x, y)
        let trainingAccuracy = accuracy(try svc.predict(x).storage, y)
        let n = y.count
        try svc.fit(x[rows: 0..<(n - 30)], Array(y[..<(n - 30)]))
        let heldOut = accuracy(try svc.predict(x[rows: (n - 30)..<n]).storage, Array(y[(n - 30)...]))
        let kfold = KFold(nSplits: 5)
        var loop: [Double] = []
        for (train, test) in try kfold.split(x) {
            try svc.fit(x[rows: train], train.map { y[$0] })
            loop.append(accuracy(try svc.predict(x[rows: test]).storage, test.map { y[$0] }))
        }
        let byDefault = try crossValScore(svc, x, y).storage
        let byKFold = try crossValScore(svc, x, y, cv: kfold).storage
        let byRun = try crossValScore(svc, x, y, cv: LeaveOneGroupOut(), groups: groups).storage
        return (svc, ["accuracy": trainingAccuracy, "held_out": heldOut, "kfold_loop": loop,
                      "cv_default": byDefault, "cv_kfold": byKFold, "cv_logo": byRun])
    }

    static func accuracy(_ predicted: [String], _ truth: [String]) -> Double {
        Double(zip(predicted, truth).count { $0 == $1 }) / Double(truth.count)
    }
}
