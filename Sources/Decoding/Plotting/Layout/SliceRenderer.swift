/// Draws a ``SliceScene`` the way nilearn's slicers lay out their axes: panels side by side,
/// widths proportional to their world extent, each image fitted with equal aspect and centred,
/// a colorbar strip on the right.
extension SliceScene {
    /// Pixel rectangle of one panel's image, and the world window it shows.
    struct Panel {
        let cut: Cut
        let x0: Double, y0: Double, x1: Double, y1: Double
        let hRange: ClosedRange<Double>, vRange: ClosedRange<Double>
    }

    func render(dpi: Double) throws -> (Canvas, [PanelGeometry]) {
        let font = try FigureFont.shared()
        let (width, height) = try (size ?? mode.defaultSize(panels: rows[0].count, colorbar: reservesColorbarSpace || colorbar != nil))
            .pixels(dpi: dpi)
        var canvas = Canvas(width: width, height: height, background: paper)
        let panels = layout(width: width, height: height)
        let included = layers.map { $0.includedVoxels() }
        for panel in panels { drawImage(panel, included: included, on: &canvas) }
        let points = { (pt: Double) in pt * dpi / 72 }
        if showsCross && !mode.hasParallelCuts {
            for panel in panels { drawCross(panel, on: &canvas, lineWidth: points(1.5)) }
        }
        if showsAnnotations {
            for panel in panels { annotate(panel, on: &canvas, font: font, pixelSize: points(12)) }
        }
        if let colorbar {
            drawColorbar(colorbar, on: &canvas, panelCount: rows[0].count, font: font, points: points)
        }
        if let title, !title.isEmpty {
            drawTitle(title, on: &canvas, font: font, pixelSize: points(15))
        }
        return (canvas, panels.map {
            PanelGeometry(axis: $0.cut.axis, coordinate: $0.cut.coordinate, x0: $0.x0, y0: $0.y0, x1: $0.x1, y1: $0.y1,
                          horizontal: $0.hRange, vertical: $0.vRange)
        })
    }

    /// Rows of cuts, top to bottom: one row, or for `mosaic` the axial, coronal and sagittal
    /// stacks (nilearn puts x at the bottom).
    var rows: [[Cut]] {
        mode == .mosaic ? [2, 1, 0].map { axis in cuts.filter { $0.axis == axis } }.filter { !$0.isEmpty } : [cuts]
    }

    func layout(width: Int, height: Int) -> [Panel] {
        let w = Double(width), rowHeight = Double(height) / Double(rows.count)
        return rows.enumerated().flatMap { rowIndex, row in
            var right = 1.0
            if colorbar != nil || reservesColorbarSpace {
                right -= (0.05 + 0.25 + 0.02) / Double(row.count)
            }
            let windows = row.map { cut -> (ClosedRange<Double>, ClosedRange<Double>) in
                let (ha, va) = SliceScene.planeAxes(cut.axis)
                return (bounds.min[ha]...bounds.max[ha], bounds.min[va]...bounds.max[va])
            }
            let total = windows.map { $0.0.upperBound - $0.0.lowerBound }.reduce(0, +)
            let top = Double(rowIndex) * rowHeight
            var left = 0.0
            return zip(row, windows).map { cut, window in
                let (hr, vr) = window
                let hExtent = hr.upperBound - hr.lowerBound, vExtent = vr.upperBound - vr.lowerBound
                let boxW = (total > 0 ? hExtent / total : 1 / Double(row.count)) * right * w
                let boxX = left * w
                left += boxW / w
                let scale = min(boxW / max(hExtent, 1e-9), rowHeight / max(vExtent, 1e-9))
                let imgW = hExtent * scale, imgH = vExtent * scale
                let x0 = boxX + (boxW - imgW) / 2, y0 = top + (rowHeight - imgH) / 2
                return Panel(cut: cut, x0: x0, y0: y0, x1: x0 + imgW, y1: y0 + imgH, hRange: hr, vRange: vr)
            }
        }
    }

    /// Pixel column/row of world coordinates in a panel.
    func pixelX(_ panel: Panel, _ world: Double) -> Double {
        panel.x0 + (world - panel.hRange.lowerBound) / (panel.hRange.upperBound - panel.hRange.lowerBound) * (panel.x1 - panel.x0)
    }

    func pixelY(_ panel: Panel, _ world: Double) -> Double {
        panel.y1 - (world - panel.vRange.lowerBound) / (panel.vRange.upperBound - panel.vRange.lowerBound) * (panel.y1 - panel.y0)
    }

    /// Resamples every layer on the panel's pixel grid in world space and composites them:
    /// only the drawn pixels are read from the volumes, a row of one layer at a time, and of
    /// each layer only the pixels its ``SliceLayer/drawn`` box reaches.
    private func drawImage(_ panel: Panel, included: [[Bool]?], on canvas: inout Canvas) {
        let (ha, va) = SliceScene.planeAxes(panel.cut.axis)
        let px0 = Int(panel.x0.rounded()), px1 = Int(panel.x1.rounded())
        let py0 = Int(panel.y0.rounded()), py1 = Int(panel.y1.rounded())
        let first = max(0, px0), last = min(canvas.width, px1)
        guard px1 > px0, py1 > py0, last > first else { return }
        let hPerPixel = (panel.hRange.upperBound - panel.hRange.lowerBound) / (panel.x1 - panel.x0)
        let vPerPixel = (panel.vRange.upperBound - panel.vRange.lowerBound) / (panel.y1 - panel.y0)
        let width = canvas.width, rows = max(0, py0)..<min(canvas.height, py1)
        let reach = layers.map { footprint($0.drawn, panel, columns: first..<last, rows: rows, hPerPixel, vPerPixel) }
        var values = [Float](repeating: .nan, count: last - first)
        canvas.pixels.withUnsafeMutableBufferPointer { pixels in
            for py in rows {
                var start = SIMD3<Double>(repeating: 0)
                start[panel.cut.axis] = panel.cut.coordinate
                start[ha] = panel.hRange.lowerBound + (Double(first) + 0.5 - panel.x0) * hPerPixel
                start[va] = panel.vRange.upperBound - (Double(py) + 0.5 - panel.y0) * vPerPixel
                var step = SIMD3<Double>(repeating: 0)
                step[ha] = hPerPixel
                // Voxel coordinates move linearly along a row: one affine application per row
                // and layer, then a row of samples, then a row of colours.
                let row = pixels.baseAddress! + 4 * (py * width + first)
                for ((layer, included), reach) in zip(zip(layers, included), reach) {
                    guard let (columns, layerRows) = reach, layerRows.contains(py) else { continue }
                    let origin = layer.sampler.voxel(start)
                    let delta = layer.sampler.voxel(start + step) - origin
                    layer.sample(row: &values, columns: columns, from: origin, step: delta, included: included)
                    if let opaque = layer.opaque {
                        opaque.put(values, columns: columns, into: row)
                    } else {
                        for i in columns where !values[i].isNaN {
                            if let color = layer.color(values[i]) { Canvas.blend(color, into: row + 4 * i) }
                        }
                    }
                }
            }
        }
    }

    /// The pixels of a panel (columns relative to `columns.lowerBound`, rows absolute) whose
    /// sample points can fall in `box`, with a pixel to spare each way; nil when the cut misses
    /// the box, all of them when there is no box.
    private func footprint(_ box: SliceLayer.Box?, _ panel: Panel, columns: Range<Int>, rows: Range<Int>,
                           _ hPerPixel: Double, _ vPerPixel: Double) -> (Range<Int>, Range<Int>)? {
        let all = 0..<columns.count
        guard let box else { return (all, rows) }
        let (ha, va) = SliceScene.planeAxes(panel.cut.axis)
        let c = panel.cut.coordinate
        guard c >= box.min[panel.cut.axis], c <= box.max[panel.cut.axis] else { return nil }
        // Pixel p samples h = hLower + (p + 0.5 - x0)·hPerPixel and v = vUpper − (p + 0.5 − y0)·vPerPixel.
        func clamp(_ lo: Double, _ hi: Double, _ range: Range<Int>) -> Range<Int> {
            guard lo.isFinite, hi.isFinite else { return range }
            let a = max(range.lowerBound, Int(max(-1e9, lo.rounded(.down))) - 1)
            let b = min(range.upperBound, Int(min(1e9, hi.rounded(.up))) + 2)
            return a < b ? a..<b : range.lowerBound..<range.lowerBound
        }
        let xs = clamp(panel.x0 - 0.5 + (box.min[ha] - panel.hRange.lowerBound) / hPerPixel,
                       panel.x0 - 0.5 + (box.max[ha] - panel.hRange.lowerBound) / hPerPixel, columns)
        let ys = clamp(panel.y0 - 0.5 + (panel.vRange.upperBound - box.max[va]) / vPerPixel,
                       panel.y0 - 0.5 + (panel.vRange.upperBound - box.min[va]) / vPerPixel, rows)
        return ((xs.lowerBound - columns.lowerBound)..<(xs.upperBound - columns.lowerBound), ys)
    }

    /// nilearn's `draw_cross`: a vertical line (5%–95% of the height) at the cut position of
    /// the horizontal axis, and a full-width horizontal line at the vertical axis's cut.
    private func drawCross(_ panel: Panel, on canvas: inout Canvas, lineWidth: Double) {
        let color = blackBackground ? RGBA.gray(0.8) : .black
        let (ha, va) = SliceScene.planeAxes(panel.cut.axis)
        let height = panel.y1 - panel.y0
        if let h = cuts.first(where: { $0.axis == ha }) {
            canvas.verticalLine(x: pixelX(panel, h.coordinate), y0: panel.y0 + 0.05 * height,
                                y1: panel.y1 - 0.05 * height, width: lineWidth, color)
        }
        if let v = cuts.first(where: { $0.axis == va }) {
            let right = panel.cut.axis == 0 ? panel.x0 + 0.95 * (panel.x1 - panel.x0) : panel.x1
            canvas.horizontalLine(y: pixelY(panel, v.coordinate), x0: panel.x0, x1: right, width: lineWidth, color)
        }
    }
}
