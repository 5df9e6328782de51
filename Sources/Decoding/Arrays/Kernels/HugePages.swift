#if canImport(Glibc)
import Glibc
#endif

/// Asks Linux to back a large new buffer with transparent huge pages, as numpy does for its
/// arrays of 4 MiB and more (`madvise(MADV_HUGEPAGE)`; the system's THP mode is usually
/// "madvise", so without asking every 4 KiB page of a fresh 80 MB result faults separately,
/// which costs as much as the arithmetic). Call before the first write.
@inline(__always)
func adviseHugePages<T>(_ buffer: UnsafeMutableBufferPointer<T>) {
    #if os(Linux)
    let bytes = buffer.count * MemoryLayout<T>.stride
    guard bytes >= 4 << 20, let base = buffer.baseAddress else { return }
    let page = 4096
    let start = (Int(bitPattern: base) + page - 1) & ~(page - 1)
    let end = (Int(bitPattern: base) + bytes) & ~(page - 1)
    if end > start { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE) }
    #endif
}
