// Column selection of 2-D arrays, as numpy's `x[:, a:b]`, `x[:, mask]`, `x[:, indices]`.

extension NDArray {
    /// Columns at `indices`, in that order (numpy `x[:, indices]`).
    /// - Precondition: `self` is 2-D and every index is in `0..<shape[1]`.
    public subscript(columns indices: [Int]) -> NDArray {
        precondition(ndim == 2, "column selection needs a 2-D array, not \(shape)")
        let (rows, columns) = (shape[0], shape[1])
        for j in indices {
            precondition(j >= 0 && j < columns, "index \(j) is out of bounds for axis 1 with size \(columns)")
        }
        var out = [Element]()
        out.reserveCapacity(rows * indices.count)
        for r in 0..<rows {
            let base = r * columns
            for j in indices { out.append(storage[base + j]) }
        }
        return NDArray(shape: [rows, indices.count], storage: out)
    }

    /// Rows `rows` of the columns `columns` (all columns when nil), in those orders: numpy's
    /// `x[rows][:, columns]` without the intermediate copy of the whole rows.
    /// - Precondition: `self` is 2-D and every index is in range.
    public subscript(rows rows: [Int], columns columns: [Int]?) -> NDArray {
        guard let columns else { return self[rows: rows] }
        precondition(ndim == 2, "row and column selection needs a 2-D array, not \(shape)")
        let (count, width) = (shape[0], shape[1])
        for j in columns {
            precondition(j >= 0 && j < width, "index \(j) is out of bounds for axis 1 with size \(width)")
        }
        for r in rows {
            precondition(r >= 0 && r < count, "index \(r) is out of bounds for axis 0 with size \(count)")
        }
        let out = [Element](unsafeUninitializedCapacity: rows.count * columns.count) { out, initialized in
            storage.withUnsafeBufferPointer { source in
                for (i, r) in rows.enumerated() {
                    let row = source.baseAddress! + r * width, target = out.baseAddress! + i * columns.count
                    for (c, j) in columns.enumerated() { (target + c).initialize(to: row[j]) }
                }
            }
            initialized = rows.count * columns.count
        }
        return NDArray(shape: [rows.count, columns.count], storage: out)
    }

    /// Columns in `range` (numpy `x[:, a:b]`).
    public subscript<R: RangeExpression<Int>>(columns range: R) -> NDArray {
        precondition(ndim == 2, "column selection needs a 2-D array, not \(shape)")
        return self[columns: Array(range.relative(to: 0..<shape[1]))]
    }

    /// Columns where `mask` is true (numpy `x[:, mask]`).
    /// - Precondition: `mask.count == shape[1]`.
    public subscript(columns mask: [Bool]) -> NDArray {
        precondition(ndim == 2 && mask.count == shape[1],
                     "boolean index of length \(mask.count) does not match the columns of \(shape)")
        return self[columns: mask.indices.filter { mask[$0] }]
    }

    /// One column of a 2-D array as a 1-D array (numpy `x[:, j]`).
    public func column(_ j: Int) -> NDArray {
        self[columns: [j]].reshaped([shape[0]])
    }
}

// Boolean arrays as masks, so that `x[rows: y .== "face"]` reads like numpy's `x[y == "face"]`.
extension NDArray {
    /// Rows where a 1-D mask is true (numpy `x[mask]` on a 2-D `x`). Traps if the mask is not 1-D.
    public subscript(rows mask: NDArray<Bool>) -> NDArray {
        precondition(mask.ndim == 1, "a row mask must be 1-D, not \(mask.shape)")
        return self[rows: mask.storage]
    }

    /// Columns where a 1-D mask is true (numpy `x[:, mask]`). Traps if the mask is not 1-D.
    public subscript(columns mask: NDArray<Bool>) -> NDArray {
        precondition(mask.ndim == 1, "a column mask must be 1-D, not \(mask.shape)")
        return self[columns: mask.storage]
    }
}
