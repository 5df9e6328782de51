/// One image drawn in every cut: a volume, how to read it, and how its values become colours.
struct SliceLayer: Sendable {
    /// An axis-aligned world box: (min, max) per axis.
    typealias Box = (min: SIMD3<Double>, max: SIMD3<Double>)

    let sampler: VolumeSampler
    let interpolation: VolumeSampler.Interpolation
    /// For `.linear` layers with masked voxels: which voxel values take part (see
    /// ``VolumeSampler/Reader/linear(_:included:)``); nil = all.
    let include: (@Sendable (Float) -> Bool)?
    /// The colour of a sampled value; nil or alpha 0 shows what is underneath.
    let color: @Sendable (Float) -> RGBA?
    /// The world box outside which the layer has no colour (nil: not known), so that drawing
    /// reads only the pixels that can show it — an ROI or a blob is a small part of each cut.
    var drawn: Box? = nil
    /// For a layer whose colours are all opaque: the scale `color` follows, drawn by writing
    /// each value's colour bytes straight into the canvas (no colour worked out, nothing
    /// composited, no closure called per pixel).
    var opaque: GreyScale? = nil

    /// The world box of the voxel index box `lo...hi` widened by one voxel each way: every point
    /// any read (nearest or trilinear) takes from those voxels only. nil voxels: an empty box.
    static func reach(of voxels: (lo: SIMD3<Int>, hi: SIMD3<Int>)?, _ affine: Affine) -> Box {
        guard let voxels else { return (SIMD3(repeating: .infinity), SIMD3(repeating: -.infinity)) }
        let one = SIMD3(1, 1, 1)
        return Plotting.worldBox(affine, voxels.lo &- one, voxels.hi &+ one)
    }

    /// Which voxels take part in a masked linear read (`include` of each voxel), or nil: worked
    /// out once per figure, so sampling tests one flag per corner instead of calling `include`.
    func includedVoxels() -> [Bool]? {
        guard interpolation == .linear, let include else { return nil }
        switch sampler.grid.values {
        case .float32(let values): return values.map(include)
        case .int16(let values): return values.map { include(Float($0)) }
        }
    }

    /// Fills `row[columns]` with the layer's values at `origin + i·step` (fractional voxels, `i`
    /// the index in `row`); NaN where the grid ends or the masked interpolation has too little
    /// weight. `included` is ``includedVoxels()``.
    func sample(row: inout [Float], columns: Range<Int>, from origin: SIMD3<Double>, step: SIMD3<Double>,
                included: [Bool]?) {
        row.withUnsafeMutableBufferPointer { out in
            switch sampler.grid.values {
            case .float32(let values):
                values.withUnsafeBufferPointer {
                    fill(out, columns, sampler.reader($0.baseAddress!), origin, step, included)
                }
            case .int16(let values):
                values.withUnsafeBufferPointer {
                    fill(out, columns, sampler.reader($0.baseAddress!), origin, step, included)
                }
            }
        }
    }

    @inline(__always)
    private func fill<T: GridScalar>(_ out: UnsafeMutableBufferPointer<Float>, _ columns: Range<Int>,
                                     _ reader: VolumeSampler.Reader<T>, _ origin: SIMD3<Double>,
                                     _ step: SIMD3<Double>, _ included: [Bool]?) {
        // One loop per kind of read, so each inner loop is branch-free and inlined.
        switch (interpolation, included) {
        case (.linear, let mask?):
            mask.withUnsafeBufferPointer { mask in
                let flags = mask.baseAddress!
                for i in columns {
                    let p = origin + Double(i) * step
                    out[i] = reader.inside(p) ? reader.linear(p, included: flags) ?? .nan : .nan
                }
            }
        case (.linear, nil):
            if reader.linearRow(out, columns, from: origin, step: step) { return }
            for i in columns {
                let p = origin + Double(i) * step
                out[i] = reader.inside(p) ? reader.linear(p) ?? .nan : .nan
            }
        case (.nearest, _):
            for i in columns {
                let p = origin + Double(i) * step
                out[i] = reader.inside(p) ? reader.nearest(p) : .nan
            }
        }
    }
}

/// A background's value scale: values over `bottom ... bottom + span` spread over an opaque
/// colormap (nilearn's dimmed grey anatomy), empty voxels (|v| ≤ 1e-6) see-through.
struct GreyScale: Sendable {
    let bottom: Double, span: Double
    let colormap: Colormap
    /// The colormap's entries as canvas bytes.
    let table: [SIMD4<UInt8>]

    init(bottom: Double, span: Double, colormap: Colormap) {
        (self.bottom, self.span, self.colormap) = (bottom, span, colormap)
        table = colormap.colors.map(\.bytes)
    }

    /// Where `v` falls on the colormap; nil for an empty or non-finite voxel (nilearn overlays
    /// the anatomy with threshold 1e-6).
    @inline(__always)
    func position(_ v: Float) -> Double? {
        guard v.isFinite, abs(v) > 1e-6 else { return nil }
        return span > 0 ? (Double(v) - bottom) / span : 0
    }

    /// Writes the colour bytes of `values[columns]` to the RGBA pixels at `row` (pixel `i` at
    /// `row + 4 i`), leaving see-through values' pixels as they are.
    func put(_ values: [Float], columns: Range<Int>, into row: UnsafeMutablePointer<UInt8>) {
        values.withUnsafeBufferPointer { values in
            table.withUnsafeBufferPointer { table in
                for i in columns {
                    guard let p = position(values[i]), let entry = colormap.index(p) else { continue }
                    Canvas.put(table[entry], into: row + 4 * i)
                }
            }
        }
    }
}

/// The colour scale shown beside a figure.
struct ColorbarSpec: Sendable {
    let colormap: Colormap
    /// The range the bar shows.
    let bar: ClosedRange<Double>
    /// The range the colormap spans (wider than the bar for one-signed stat maps, whose bar
    /// shows only the half of the symmetric map their values use).
    let norm: ClosedRange<Double>
    /// Values with |v| below this are drawn in the background's grey (nilearn's threshold band).
    let threshold: Double?
    /// Opacity of the overlay the bar describes.
    let alpha: Float

    init(colormap: Colormap, bar: ClosedRange<Double>, norm: ClosedRange<Double>? = nil, threshold: Double?, alpha: Float) {
        self.colormap = colormap
        self.bar = bar
        self.norm = norm ?? bar
        self.threshold = threshold
        self.alpha = alpha
    }

    /// Where `value` falls on the colormap (0...1 inside ``norm``); `flat` when the range is empty.
    func position(of value: Double, flat: Double = 0) -> Double {
        let span = norm.upperBound - norm.lowerBound
        return span > 0 ? (value - norm.lowerBound) / span : flat
    }
}

/// Everything a slice figure shows, independent of resolution; ``render(dpi:)`` draws it.
struct SliceScene: Sendable {
    /// One panel: a cut perpendicular to world axis `axis` at `coordinate` mm.
    struct Cut: Sendable, Equatable {
        let axis: Int
        let coordinate: Double
    }

    var layers: [SliceLayer]
    var mode: DisplayMode
    var cuts: [Cut]
    /// World extent shown in every panel (union of the layers' grids).
    var bounds: (min: SIMD3<Double>, max: SIMD3<Double>)
    var title: String?
    var colorbar: ColorbarSpec?
    /// Keep the colorbar's room at the right even without a bar (nilearn's `plot_roi` does).
    var reservesColorbarSpace: Bool
    var size: FigureSize?
    var showsAnnotations = true
    var showsCross = true
    /// nilearn's `black_bg`: a black figure with light text, or a white one with dark text.
    var blackBackground = true

    /// The figure's background colour and the colour of text and lines drawn straight on it.
    var paper: RGBA { blackBackground ? .black : .white }
    var ink: RGBA { blackBackground ? .white : .black }

    /// Builds the cuts of `mode` from `cutCoords` (nilearn's order: displayed axes x, y, z) or
    /// from the automatic point / stacked positions (`stacked(count, axis)`).
    static func cuts(mode: DisplayMode, cutCoords: CutCoords?, automatic: () -> SIMD3<Double>,
                     stacked: (Int, Int) -> [Double]) throws -> [Cut] {
        if mode == .mosaic {
            let count: Int
            switch cutCoords {
            case .count(let n): count = n
            case nil: count = DisplayMode.defaultStackedCuts
            case .positions(let given):
                throw PlottingError.cutCoordsCount(displayMode: mode.rawValue, expected: 1, got: given.count)
            }
            guard count > 0 else { throw PlottingError.cutCoordsCount(displayMode: mode.rawValue, expected: 1, got: 0) }
            return mode.axes.flatMap { axis in stacked(count, axis).map { Cut(axis: axis, coordinate: $0) } }
        }
        if mode.isStacked {
            let axis = mode.axes[0]
            let positions: [Double]
            switch cutCoords {
            case .positions(let given): positions = given
            case .count(let n): positions = n > 0 ? stacked(n, axis) : []
            case nil: positions = stacked(DisplayMode.defaultStackedCuts, axis)
            }
            guard !positions.isEmpty else {
                throw PlottingError.cutCoordsCount(displayMode: mode.rawValue, expected: 1, got: 0)
            }
            return positions.map { Cut(axis: axis, coordinate: $0) }
        }
        switch cutCoords {
        case .positions(let given):
            if given.count == 3 && mode.axes.count < 3 {
                // A full (x, y, z) point is accepted for every mode, as nilearn does.
                return mode.axes.map { Cut(axis: $0, coordinate: given[$0]) }
            }
            guard given.count == mode.axes.count else {
                throw PlottingError.cutCoordsCount(displayMode: mode.rawValue, expected: mode.axes.count, got: given.count)
            }
            return zip(mode.axes, given).map { Cut(axis: $0, coordinate: $1) }
        case .count(let n):
            // A count only makes sense for a stack of parallel cuts.
            throw PlottingError.cutCoordsCount(displayMode: mode.rawValue, expected: mode.axes.count, got: n)
        case nil:
            let point = automatic()
            return mode.axes.map { Cut(axis: $0, coordinate: point[$0]) }
        }
    }

    /// World axes shown horizontally and vertically in a cut along `axis`
    /// (sagittal: y→, z↑; coronal: x→, z↑; axial: x→, y↑ — left hemisphere on the left).
    static func planeAxes(_ axis: Int) -> (horizontal: Int, vertical: Int) {
        switch axis {
        case 0: (1, 2)
        case 1: (0, 2)
        default: (0, 1)
        }
    }
}
