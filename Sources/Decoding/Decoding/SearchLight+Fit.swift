import Foundation

extension SearchLight {
    /// Scores every sphere of the process mask on `imgs` (4-D) with one label per volume.
    /// `groups` go to the cross-validation (ignored by `KFold`).
    /// - Throws: ``SearchLightError`` for bad parameters, labels, masks or empty spheres; the
    ///   `NiftiError`/`MaskerError` of an image that cannot be read.
    @discardableResult
    public mutating func fit(_ imgs: some NiftiImageSource, _ y: some ClassLabelColumn, groups: [Int]? = nil) throws -> SearchLight {
        let parameters = try validatedParameters()
        let image = try imgs.niftiImage()
        let labels = y.classLabelStrings
        guard image.shape.count >= 4, image.shape.dropFirst(4).allSatisfy({ $0 == 1 }) else {
            throw SearchLightError.invalidParameter(name: "imgs", value: "an image of shape \(image.shape)", requirement: "a 4-D image")
        }
        guard labels.count == image.volumeCount else {
            throw SearchLightError.labelCount(labels: labels.count, volumes: image.volumeCount, file: image.fileName)
        }
        if let groups, groups.count != labels.count { throw SearchLightError.groupCount(groups: groups.count, volumes: labels.count) }
        guard let processSource = processMaskImg ?? maskImg else { throw SearchLightError.noMask }
        let mask = try maskImg.map { try BinaryMask($0) }
        let processMask = try BinaryMask(processSource)
        let (data, maskOffsets) = try Self.voxelMajorData(image, mask: mask)

        let classes = Array(Set(labels)).sorted()
        let codes = labels.map { classes.firstIndex(of: $0)! }
        if scoring == .rocAUC && classes.count != 2 {
            throw SearchLightError.invalidParameter(name: "scoring", value: "'roc_auc'", requirement: "used with two classes (LinearSVC has no predict_proba)")
        }
        let folds: [TrainTestSplit]
        do {
            folds = try (cv ?? StratifiedKFold(nSplits: 5)).split(nSamples: labels.count, y: labels, groups: groups)
        } catch { throw SearchLightError.crossValidation(error) }

        let d = SIMD3(image.shape[0], image.shape[1], image.shape[2])
        let finder = try SphereFinder(dimensions: d, affine: image.affine, maskOffsets: maskOffsets, radius: radius)
        let seeds = processMask.voxelOffsets.map { processMask.affine.apply(SphereFinder.voxel($0, processMask.dimensions)) }
        let run = SphereRun(
            data: data, samples: labels.count, codes: codes, classes: classes.count, folds: folds,
            parameters: parameters, scoring: scoring ?? .accuracy)
        let progress = verbose > 0 ? ProgressLine(total: seeds.count, label: "SearchLight") : nil
        let scores = try run.scores(seeds: seeds, finder: finder, jobs: Self.threads(jobs), progress: progress)
        maskImage = try maskImg?.niftiImage()
        fitted = Fitted(processMask: processMask, maskedScores: scores, reference: maskImage ?? processMask.image)
        return self
    }

    /// The masked data as one contiguous column of samples per mask voxel, and the voxels' offsets.
    static func voxelMajorData(_ image: NiftiImage, mask: BinaryMask?) throws -> (data: [Float], offsets: [Int]) {
        let dims = Array(image.shape.dimensions.prefix(3))
        let maskImage: NiftiImage
        if let mask {
            guard mask.image.shape.dimensions.prefix(3) == image.shape.dimensions.prefix(3), mask.affine == image.affine else {
                throw SearchLightError.gridMismatch(mask: mask.image.fileName, image: image.fileName)
            }
            maskImage = mask.image
        } else {
            // nilearn then takes every voxel (NaNs as zeros).
            maskImage = try NiftiImage(data: [UInt8](repeating: 1, count: dims.reduce(1, *)), shape: Shape(dims), affine: image.affine)
        }
        var masker = NiftiMasker(maskImg: maskImage)
        let x = try masker.fitTransform(image)
        let offsets = masker.mask!.voxelOffsets
        let samples = x.shape[0], voxels = x.shape[1]
        var data = [Float](repeating: 0, count: samples * voxels)
        x.storage.withUnsafeBufferPointer { src in
            data.withUnsafeMutableBufferPointer { dst in
                for t in 0..<samples {
                    for v in 0..<voxels {
                        let value = src[t * voxels + v]
                        dst[v * samples + t] = value.isNaN ? 0 : value
                    }
                }
            }
        }
        return (data, offsets)
    }

    /// joblib's reading of `n_jobs`: -1 is every core, -2 all but one, and so on.
    static func threads(_ jobs: Int) -> Int {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        return jobs > 0 ? jobs : max(1, cores + 1 + jobs)
    }

    func validatedParameters() throws(SearchLightError) -> SphereRun.Parameters {
        guard radius.isFinite, radius >= 0 else {
            throw .invalidParameter(name: "radius", value: "\(radius)", requirement: "a float in the range [0, inf)")
        }
        guard jobs != 0 else { throw .invalidParameter(name: "n_jobs", value: "0", requirement: "an int other than 0") }
        let svc = estimator.linearSVC
        guard svc.C > 0 else { throw .invalidParameter(name: "C", value: "\(svc.C)", requirement: "a float in the range (0, inf)") }
        guard svc.tol > 0 else { throw .invalidParameter(name: "tol", value: "\(svc.tol)", requirement: "a float in the range (0, inf)") }
        guard svc.maxIter >= 0 else {
            throw .invalidParameter(name: "max_iter", value: "\(svc.maxIter)", requirement: "an int in the range [0, inf)")
        }
        guard !svc.fitIntercept || svc.interceptScaling > 0 else {
            throw .invalidParameter(name: "intercept_scaling", value: "\(svc.interceptScaling)", requirement: "a float in the range (0, inf) with fit_intercept")
        }
        // LinearSVC's 'auto' picks per fold between the dense primal and liblinear's dual for the
        // squared hinge with l2; every other combination has one solver whatever the sizes.
        var solver: LiblinearSolver? = nil
        if !(svc.loss == .squaredHinge && svc.penalty == .l2 && svc.dual == nil) {
            do { solver = try svc.solver(samples: 0, features: 0) } catch {
                throw .invalidParameter(name: "estimator", value: svc.description, requirement: "a valid LinearSVC (\(error))")
            }
        }
        return .init(C: svc.C, tol: svc.tol, solver: solver, interceptScaling: svc.fitIntercept ? svc.interceptScaling : 0,
                     maxIter: svc.maxIter, randomState: svc.randomState)
    }
}
