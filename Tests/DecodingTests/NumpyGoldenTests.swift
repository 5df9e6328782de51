import Foundation
import Testing
import TestSupport
@testable import Decoding

/// Every case of numpy_api.json computed by NDArray from the same inputs: values (bit for bit
/// unless listed in `libmTolerance`), shape, dtype and printed text must all match numpy's.
@Suite struct NumpyGoldenTests {
    /// numpy's SIMD exp/log may differ from glibc's in the last bit; printed forms must agree.
    static let libmTolerance: Set<String> = [
        "exp(a)", "log(abs(a))", "log10(p)", "-log10(p)", "p[p > 10] = 10",
    ]
    /// numpy's float32 log is not correctly rounded (its SIMD loop is within an ulp); glibc's
    /// `logf` is, so a few elements differ in the last bit, which float32 printing shows.
    /// Values are compared to 2 float32 ulps, the text not at all.
    static let float32Libm: Set<String> = ["log(af)"]
    /// A matrix product is the BLAS's, whose kernels OpenBLAS picks by CPU, each with its own
    /// summation order and use of fused multiply-adds (numpy's golden came from one of them):
    /// compared to 1e-13 relative, the text exactly.
    static let blasTolerance: Set<String> = ["a @ a.T"]

    static func cases(_ f: NumpyGoldenFile) -> [String: () -> NumpyGolden] {
        let (a, b, c, af, k, m, t3, p) = (f.f64("a"), f.f64("b"), f.f64("c"), f.f32("af"), f.i64("k"), f.bool("m"), f.f64("t3"), f.f64("p"))
        let (dup, labels, words, halves, big) = (f.f64("dup"), f.i64("labels"), f.str("words"), f.f64("halves"), f.f64("big"))
        let (nan, inf) = (f.f64("nan"), f.f64("inf"))
        typealias G = Golden
        return [
            "a + b": { G.of(a + b) }, "a - c": { G.of(a - c) }, "a * c": { G.of(a * c) }, "a / c": { G.of(a / c) },
            "a * 2.5": { G.of(a * 2.5) }, "1 - a": { G.of(1 - a) }, "-a": { G.of(-a) }, "c + b": { G.of(c + b) },
            "af * 2": { G.of(af * 2) }, "af + af": { G.of(af + af) }, "af / 3": { G.of(af / 3) },
            "k + k": { G.of(k + k) }, "k * 3": { G.of(k * 3) }, "k - 7": { G.of(k - 7) }, "k / 4": { G.of(k / 4) },
            "k + 0.5": { G.of(k + 0.5) }, "-k": { G.of(-k) },
            "minimum(a, 0)": { G.of(NDArray.minimum(a, NDArray.zeros([]))) }, "maximum(a, b)": { G.of(NDArray.maximum(a, b)) },
            "a > 0": { G.of(a .> 0) }, "a >= b": { G.of(a .>= b) }, "k == 3": { G.of(k .== 3) },
            "a += b": { var x = a; x += b; return G.of(x) },
            "a @ a.T": { G.of(a.matmul(a.transposed())) },

            "a.sum()": { G.of(a.sum()) }, "a.sum(axis=0)": { G.of(a.sum(axis: 0)) }, "a.sum(axis=1)": { G.of(a.sum(axis: 1)) },
            "a.sum(axis=-1, keepdims=True)": { G.of(a.sum(axis: -1, keepDims: true)) },
            "a.mean()": { G.of(a.mean()) }, "a.mean(axis=0)": { G.of(a.mean(axis: 0)) }, "a.mean(axis=1)": { G.of(a.mean(axis: 1)) },
            "a.var()": { G.of(a.var()) }, "a.var(ddof=1)": { G.of(a.var(ddof: 1)) }, "a.std()": { G.of(a.std()) },
            "a.std(axis=0, ddof=1)": { G.of(a.std(axis: 0, ddof: 1)) }, "a.var(axis=1)": { G.of(a.var(axis: 1)) },
            "a.min()": { G.of(a.min()) }, "a.max()": { G.of(a.max()) }, "a.argmin()": { G.of(a.argmin()) }, "a.argmax()": { G.of(a.argmax()) },
            "a.min(axis=1)": { G.of(a.min(axis: 1)) }, "a.max(axis=0)": { G.of(a.max(axis: 0)) },
            "a.argmin(axis=0)": { G.of(a.argmin(axis: 0)) }, "a.argmax(axis=1)": { G.of(a.argmax(axis: 1)) },
            "a.cumsum()": { G.of(a.cumsum()) }, "a.cumsum(axis=1)": { G.of(a.cumsum(axis: 1)) }, "a.cumsum(axis=0)": { G.of(a.cumsum(axis: 0)) },
            "af.sum()": { G.of(af.sum()) }, "af.mean()": { G.of(af.mean()) }, "af.std()": { G.of(af.std()) },
            "af.max(axis=1)": { G.of(af.max(axis: 1)) }, "af.mean(axis=0)": { G.of(af.mean(axis: 0)) },
            "k.sum()": { G.of(k.sum()) }, "k.mean()": { G.of(k.mean()) }, "k.std()": { G.of(k.std()) }, "k.var(ddof=1)": { G.of(k.var(ddof: 1)) },
            "k.sum(axis=0)": { G.of(k.sum(axis: 0)) }, "k.mean(axis=1)": { G.of(k.mean(axis: 1)) }, "k.max()": { G.of(k.max()) },
            "k.argmin(axis=1)": { G.of(k.argmin(axis: 1)) }, "k.cumsum()": { G.of(k.cumsum()) },
            "m.sum()": { G.of(m.sum()) }, "m.mean()": { G.of(m.mean()) }, "m.any()": { G.of(m.any()) }, "m.all()": { G.of(m.all()) },
            "m.any(axis=1)": { G.of(m.any(axis: 1)) }, "m.all(axis=0)": { G.of(m.all(axis: 0)) }, "m.sum(axis=0)": { G.of(m.sum(axis: 0)) },
            "m.cumsum()": { G.of(m.cumsum()) },
            "t3.sum(axis=1)": { G.of(t3.sum(axis: 1)) }, "t3.mean(axis=0)": { G.of(t3.mean(axis: 0)) },
            "t3.max(axis=2, keepdims=True)": { G.of(t3.max(axis: 2, keepDims: true)) }, "t3.std(axis=1)": { G.of(t3.std(axis: 1)) },
            "big.sum()": { G.of(big.sum()) }, "big.mean()": { G.of(big.mean()) }, "big.std()": { G.of(big.std()) },
            "nansum(nan)": { G.of(nan.nansum()) }, "nanmean(nan)": { G.of(nan.nanmean()) },
            "nanmean(nan, axis=1)": { G.of(nan.nanmean(axis: 1)) }, "nanmean(nan, axis=0)": { G.of(nan.nanmean(axis: 0)) },
            "nanstd(nan)": { G.of(nan.nanstd()) }, "nanvar(nan, axis=0, ddof=1)": { G.of(nan.nanvar(axis: 0, ddof: 1)) },
            "nanmin(nan)": { G.of(nan.nanmin()) }, "nanmax(nan, axis=1)": { G.of(nan.nanmax(axis: 1)) },
            "nansum(nan, axis=0)": { G.of(nan.nansum(axis: 0)) }, "nan.max()": { G.of(nan.max()) },
            "nan.argmax()": { G.of(nan.argmax()) }, "nan.mean(axis=1)": { G.of(nan.mean(axis: 1)) },

            "abs(a)": { G.of(abs(a)) }, "abs(k)": { G.of(abs(k)) }, "sqrt(abs(a))": { G.of(sqrt(abs(a))) }, "sqrt(a)": { G.of(sqrt(a)) },
            "sqrt(k)": { G.of(sqrt(k)) }, "exp(a)": { G.of(exp(a)) }, "log(abs(a))": { G.of(log(abs(a))) },
            "log10(p)": { G.of(log10(p)) }, "-log10(p)": { G.of(-log10(p)) }, "log(af)": { G.of(log(af)) },
            "clip(a, -1, 1)": { G.of(a.clipped(min: -1, max: 1)) }, "clip(k, 0, 5)": { G.of(k.clipped(min: 0, max: 5)) },
            "clip(a, None, 0)": { G.of(a.clipped(max: 0)) },
            "round(a, 2)": { G.of(a.rounded(decimals: 2)) }, "round(halves)": { G.of(halves.rounded()) },
            "round(halves, 2)": { G.of(halves.rounded(decimals: 2)) }, "round(t3, -1)": { G.of(t3.rounded(decimals: -1)) },
            "isnan(inf)": { G.of(inf.isNaN) }, "isfinite(inf)": { G.of(inf.isFinite) },
            "where(a > 0, a, 0)": { G.of(NDArray.where(a .> 0, a, 0)) }, "where(m, k, -k)": { G.of(NDArray.where(m, k, -k)) },
            "where(c > 2, a, b)": { G.of(NDArray.where(c .> 2, a, b)) },
            "p[p > 10] = 10": { var y = -log10(p); y[y .> 10] = 10; return G.of(y) },
            "a[a > 1]": { G.of(a[a .> 1]) }, "abs(a).max()": { G.of(abs(a).max()) },

            "zeros((2, 3))": { G.of(NDArray<Double>.zeros([2, 3])) }, "ones(4, int)": { G.of(NDArray<Int>.ones([4])) },
            "full((2, 2), 7.5)": { G.of(NDArray.full([2, 2], 7.5)) }, "arange(5)": { G.of(NDArray.arange(5)) },
            "arange(2, 11, 3)": { G.of(NDArray.arange(2, 11, step: 3)) }, "arange(10, 0, -3)": { G.of(NDArray.arange(10, 0, step: -3)) },
            "arange(0, 1, 0.1)": { G.of(NDArray.arange(0.0, 1, step: 0.1)) }, "linspace(0, 1, 5)": { G.of(NDArray.linspace(0.0, 1, count: 5)) },
            "linspace(-1, 2, 7, endpoint=False)": { G.of(NDArray.linspace(-1.0, 2, count: 7, endpoint: false)) },
            "linspace(0, 10)": { G.of(NDArray.linspace(0.0, 10)) },
            "eye(3)": { G.of(NDArray<Double>.eye(3)) }, "eye(3, 4, k=1)": { G.of(NDArray<Double>.eye(3, 4, k: 1)) },
            "concatenate([a, a])": { G.of(NDArray.concatenate([a, a])) }, "concatenate([a, c], axis=1)": { G.of(NDArray.concatenate([a, c], axis: 1)) },
            "stack([b, b, b])": { G.of(NDArray.stack([b, b, b])) }, "stack([b, b], axis=1)": { G.of(NDArray.stack([b, b], axis: 1)) },
            "a.reshape(-1, 2)": { G.of(a.reshaped([-1, 2])) }, "t3.reshape(4, -1)": { G.of(t3.reshaped([4, -1])) },
            "t3.flatten()": { G.of(t3.flattened()) }, "t3.T": { G.of(t3.transposed()) },
            "t3.transpose(1, 0, 2)": { G.of(t3.transposed([1, 0, 2])) }, "a.T": { G.of(a.transposed()) },
            "sort(dup)": { G.of(dup.sorted()) }, "argsort(dup)": { G.of(dup.argsort()) },
            "sort(a, axis=0)": { G.of(a.sorted(axis: 0)) }, "argsort(a)": { G.of(a.argsort()) },
            "argsort(labels)": { G.of(labels.argsort()) }, "sort(words)": { G.of(words.sorted()) },
            "unique(labels)": { G.of(labels.unique()) }, "unique(labels) counts": { G.of(labels.uniqueWithCounts().counts) },
            "unique(words)": { G.of(words.unique()) }, "unique(words) counts": { G.of(words.uniqueWithCounts().counts) },
            "unique(dup)": { G.of(dup.unique()) },
        ]
    }

    @Test func everyNumpyCaseMatches() throws {
        let file = try #require(NumpyGoldenFile.shared, "numpy_api.json missing: run scripts/golden/arrays_numpy.py")
        let cases = Self.cases(file)
        expectEqual(Set(cases.keys), Set(file.cases.map(\.name)), "cases without a Swift counterpart or golden")
        for golden in file.cases {
            guard let compute = cases[golden.name] else { continue }
            let swift = compute()
            let float32 = Self.float32Libm.contains(golden.name)
            let tolerance = float32 ? 2 * Double(Float.ulpOfOne)
                : Self.libmTolerance.contains(golden.name) ? 4 * Double.ulpOfOne
                : Self.blasTolerance.contains(golden.name) ? 1e-13 : 0
            #expect(Golden.matches(swift, golden.golden, relative: tolerance, text: !float32),
                    "\(golden.name):\nSwift \(swift)\nnumpy \(golden.golden)")
        }
    }
}
