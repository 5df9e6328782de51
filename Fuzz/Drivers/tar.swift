// libFuzzer entry point of the `tar` target; the body is Fuzz/Targets/FuzzTar.swift, which the
// corpus replay test (Fuzz/Replay) runs too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTar(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzTar.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
