// libFuzzer entry point of the `gzip` target; the body is Fuzz/Targets/FuzzGzip.swift, which the
// corpus replay test (Fuzz/Replay) runs too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGzip(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzGzip.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
