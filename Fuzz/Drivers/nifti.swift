// libFuzzer entry point of the `nifti` target; the body is Fuzz/Targets/FuzzNifti.swift, which the
// corpus replay test (Fuzz/Replay) runs too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNifti(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzNifti.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
