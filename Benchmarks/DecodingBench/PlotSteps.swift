import Decoding
import Foundation

/// The seed tutorial's two figure steps as it writes them, on the subject's files: step 1 draws
/// the ventral-temporal mask over the anatomy (`plotROI(maskPath, bgImg: anatPath)`), step 2 a
/// signed map on the functional grid over the same anatomy (`plotStatMap(…, displayMode: .yx)`),
/// each with its PNG encoded as the runner saves it. Run once per process, so step 1 reads the
/// anatomy afresh and step 2 finds it as the tutorial does. Issue 12's target: each step ≤ 0.12 s.
struct PlotSteps {
    let subject: String

    func run(resultPath: String) throws {
        let mask = subject + "/mask4_vt.nii.gz", anat = subject + "/anat.nii.gz"
        // Weights-like values inside the mask (the tutorial's come from the SVC; what the step
        // costs depends on the grids and the map's extent, not on the values).
        let maskVolume = try NiftiImage.load(mask).volume()
        var weights = maskVolume
        for index in weights.values.indices where weights.values[index] != 0 {
            weights.values[index] = Float(0.05 * sin(0.37 * Double(index)))
        }
        let weightsPath = NSTemporaryDirectory() + "/plot-steps-\(getpid()).nii.gz"
        try NiftiImage(volume: weights).write(to: weightsPath)
        defer { try? FileManager.default.removeItem(atPath: weightsPath) }

        let (wall1, cpu1) = try timed { _ = try Plotting.plotROI(mask, bgImg: anat, cmap: .paired).pngData() }
        let (wall2, cpu2) = try timed {
            _ = try Plotting.plotStatMap(weightsPath, bgImg: anat, title: "SVM weights", displayMode: .yx).pngData()
        }
        try writeJSON(["plot_roi": ["wall": wall1, "cpu": cpu1], "plot_stat_map": ["wall": wall2, "cpu": cpu2]],
                      to: resultPath)
    }

    /// Wall seconds and this thread's CPU seconds of `body` (on a shared machine the wall time
    /// is the CPU time plus the time spent waiting for a core).
    private func timed(_ body: () throws -> Void) throws -> (Double, Double) {
        let cpu0 = threadCPUSeconds(), start = ContinuousClock.now
        try body()
        return ((ContinuousClock.now - start).seconds, threadCPUSeconds() - cpu0)
    }

    private func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
