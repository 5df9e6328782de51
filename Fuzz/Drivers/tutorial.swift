// libFuzzer entry point of the `tutorial` target; the body is Fuzz/Targets/FuzzTutorial.swift, which the
// corpus replay test (Fuzz/Replay) runs too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTutorial(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTutorial.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
