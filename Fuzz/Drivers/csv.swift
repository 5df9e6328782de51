// libFuzzer entry point of the `csv` target; the body is Fuzz/Targets/FuzzCSV.swift, which the
// corpus replay test (Fuzz/Replay) runs too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzCSV.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
