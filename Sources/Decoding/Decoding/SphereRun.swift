internal import CSearchlight
import Dispatch
import Foundation

/// The scoring of every sphere, on `jobs` threads: each thread takes chunks of seeds from a
/// shared counter, finds each sphere and scores it with its own CSearchlight workspace, so
/// nothing is allocated per sphere and nothing is shared but the read-only data.
struct SphereRun: Sendable {
    struct Parameters: Sendable {
        var C: Double
        var tol: Double
        /// liblinear's solver, nil for LinearSVC's 'auto' with the squared hinge and l2.
        var solver: LiblinearSolver?
        /// 0 without an intercept.
        var interceptScaling: Double
        var maxIter: Int
        var randomState: Int?
    }

    /// Voxel-major masked data: `samples` values per mask voxel.
    let data: [Float]
    let samples: Int
    let codes: [Int]
    let classes: Int
    let folds: [TrainTestSplit]
    let parameters: Parameters
    let scoring: SearchLight.Scoring

    static let chunk = 32

    func scores(seeds: [SIMD3<Double>], finder: SphereFinder, jobs: Int, progress: ProgressLine?) throws -> [Double] {
        // Empty spheres are refused before any fitting, as nilearn does.
        var empty: [Int] = []
        var columns: [Int32] = []
        for (s, seed) in seeds.enumerated() {
            finder.sphere(around: seed, into: &columns)
            if columns.isEmpty { empty.append(s) }
        }
        guard empty.isEmpty else { throw SearchLightError.emptySpheres(seeds: empty, radius: finder.radius) }

        let problem = ProblemArrays(self)
        defer { problem.deallocate() }
        let out = UnsafeMutableBufferPointer<Double>.allocate(capacity: seeds.count)
        defer { out.deallocate() }
        let next = SharedCounter(), chunks = (seeds.count + Self.chunk - 1) / Self.chunk
        nonisolated(unsafe) let output = out, shared = problem
        data.withUnsafeBufferPointer { dataPointer in
            nonisolated(unsafe) let base = dataPointer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, chunks))) { _ in
                let workspace = sl_workspace_create()
                defer { sl_workspace_destroy(workspace) }
                var columns: [Int32] = []
                var problem = shared.problem
                while true {
                    let c = next.take()
                    guard c < chunks else { break }
                    let range = (c * Self.chunk)..<min(seeds.count, (c + 1) * Self.chunk)
                    for s in range {
                        finder.sphere(around: seeds[s], into: &columns)
                        output[s] = columns.withUnsafeBufferPointer { cols in
                            cols.withMemoryRebound(to: Int32.self) {
                                sl_sphere_score(workspace, &problem, base, $0.baseAddress, Int32($0.count), nil)
                            }
                        }
                    }
                    progress?.advance(by: range.count)
                }
            }
        }
        progress?.finish()
        return Array(out)
    }
}

/// The C view of the problem every sphere shares (classes, folds, parameters).
struct ProblemArrays: @unchecked Sendable {
    let codes, trainStart, trainRows, testStart, testRows: UnsafeMutableBufferPointer<Int32>
    let problem: SLProblem

    init(_ run: SphereRun) {
        func buffer(_ values: [Int]) -> UnsafeMutableBufferPointer<Int32> {
            let b = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, values.count))
            for (i, v) in values.enumerated() { b[i] = Int32(v) }
            return b
        }
        let folds = run.folds
        codes = buffer(run.codes)
        trainStart = buffer(folds.reduce(into: [0]) { $0.append($0.last! + $1.train.count) })
        trainRows = buffer(folds.flatMap(\.train))
        testStart = buffer(folds.reduce(into: [0]) { $0.append($0.last! + $1.test.count) })
        testRows = buffer(folds.flatMap(\.test))
        // Test sets partitioning the samples, each fold training on the rest: the training
        // Gram matrices are then differences of test ones.
        var seen = [Int](repeating: 0, count: run.samples)
        for f in folds { for t in f.test { seen[t] += 1 } }
        let partition = seen.allSatisfy { $0 == 1 }
            && folds.allSatisfy { $0.train.count + $0.test.count == run.samples && Set($0.train).isDisjoint(with: $0.test) }
        let p = run.parameters
        var rng = RandomState(randomState: p.randomState)
        let seed = UInt32(rng.randint(Int(Int32.max)))
        let scoring: Int32 = switch run.scoring {
        case .accuracy: Int32(SL_SCORING_ACCURACY)
        case .balancedAccuracy: Int32(SL_SCORING_BALANCED_ACCURACY)
        case .rocAUC: Int32(SL_SCORING_ROC_AUC)
        }
        problem = SLProblem(
            samples: Int32(run.samples), codes: codes.baseAddress, classes: Int32(run.classes), folds: Int32(folds.count),
            train_start: trainStart.baseAddress, train_rows: trainRows.baseAddress,
            test_start: testStart.baseAddress, test_rows: testRows.baseAddress, partition: partition ? 1 : 0,
            C: p.C, tol: p.tol, intercept_scaling: p.interceptScaling, max_iter: Int32(p.maxIter),
            solver: p.solver.map { $0.rawValue } ?? -1, seed: seed, scoring: scoring)
    }

    func deallocate() {
        for b in [codes, trainStart, trainRows, testStart, testRows] { b.deallocate() }
    }
}

/// A counter threads take numbers from.
final class SharedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}
