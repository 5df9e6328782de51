// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// C libraries come from Debian's -dev packages through system-library targets;
/// `scripts/setup` installs them when missing.
let systemLibraries: [Target] = [
    .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
    .systemLibrary(name: "CIsal", pkgConfig: "libisal", providers: [.apt(["libisal-dev"])]),
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
    .systemLibrary(name: "CLapack", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]),
    .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
    .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
]

/// The package's own C and C++ code, as Swift sees it: a module map and the API headers, apart
/// from the sources (`CLiblinearImpl`, `CSearchlightImpl`, `CVectorMathImpl` below). SwiftPM makes
/// a Swift module's compile wait for the object files of every C target it depends on; through
/// these header-only modules `Decoding`'s long whole-module compile, the critical path of every
/// fresh build, starts without waiting for the C++ to compile, and the C++ compiles beside it on
/// the other core (SETUP-TIME.md). Whatever links `Decoding` names
/// ``nativeKernels`` too.
///
/// The implementation targets' names sort before "Decoding" on purpose: SwiftPM's build engine
/// starts the commands that are ready in descending order of their names, and names a C file's
/// command, and the command that writes a Swift module's list of sources, by their paths in the
/// build folder. Named after Decoding, the C files would all start before Decoding's compile.
let headerModules: [Target] = [
    .systemLibrary(name: "CLiblinear"),
    .systemLibrary(name: "CSearchlight"),
    .systemLibrary(name: "CVectorMath"),
]

/// The compiled code behind the header modules: in the `Decoding` library product, and a
/// dependency of everything else that links `Decoding`.
let nativeKernelTargets = ["CLiblinearImpl", "CSearchlightImpl", "CVectorMathImpl"]
let nativeKernels = nativeKernelTargets.map { Target.Dependency.target(name: $0) }

/// `Decoding` (and the liblinear it calls) is compiled optimized in debug builds too, so the
/// tests, `tutor` and the tutorials share one build of it at release speed and no second,
/// release build is needed (README, "Two commands"). `DECODING_ONONE=1 swift build` compiles
/// it unoptimized, for stepping through it in a debugger.
///
/// Optimized, it is compiled whole-module, as a release build is: one frontend type-checks and
/// optimizes the module once, where batch mode repeats the type checking of the declarations
/// and the optimization of the generic code each batch of files uses (the SIL optimizer ran
/// about 10 CPU s per batch of 25 files): 160 CPU s instead of 230 on a fresh clone. An edit to
/// one file of it recompiles the whole module (SwiftPM says incremental compilation is off);
/// `DECODING_ONONE=1` is the fast edit loop. `-num-threads` keeps one object file per source.
///
/// `-Osize` rather than `-O`: it inlines less, so the compile on every fresh clone's critical
/// path takes about 10 % less CPU (175 against 194 CPU s, the two compiled side by side on one
/// thread each), and the tutorials ran as fast (plot_haxby_full_analysis 24.2 against 26.8 CPU
/// s, three alternating runs each): their loops are the C++ solvers' and the specialized
/// element loops, which `-Osize` keeps. Release builds (`-c release`, the benchmarks) use `-O`.
///
/// Nothing in a debug build could use what cross-module optimization serializes into the module
/// (tutorial programs, the harness and the tests are compiled `-Onone`), and stepping through the
/// library in a debugger is what `DECODING_ONONE=1` is for: so `-disable-cmo`, and line tables
/// only (backtraces keep their files and lines). Together 7 % less CPU for the compile (two
/// rounds, each the two variants side by side: 132 against 140 and 80 against 88 CPU s).
/// Without cross-module optimization the driver would emit the module in a second frontend
/// job; SwiftPM starts no dependent before the whole compile is done, so that job would only
/// repeat work (`-no-emit-module-separately-wmo`).
let optimizeDecoding = Context.environment["DECODING_ONONE"] == nil
let decodingSwiftSettings: [SwiftSetting] = optimizeDecoding
    ? [.unsafeFlags([
        "-Osize", "-wmo", "-num-threads", "\(ProcessInfo.processInfo.activeProcessorCount)",
        "-disable-cmo", "-no-emit-module-separately-wmo", "-Xfrontend", "-gline-tables-only",
    ], .when(configuration: .debug))] : []
let liblinearOptimization: [CXXSetting] = optimizeDecoding ? [.unsafeFlags(["-O2"], .when(configuration: .debug))] : []
let vectorMathOptimization: [CSetting] = optimizeDecoding ? [.unsafeFlags(["-O2"], .when(configuration: .debug))] : []

let package = Package(
    name: "Tutor",
    platforms: [.macOS(.v14)],
    products: [
        // Dynamic, so tutorial programs link the already-built library instead of rebuilding it.
        // It carries the tutorial harness too, so no tutorial program compiles the harness.
        .library(name: "Decoding", type: .dynamic, targets: ["Decoding", "TutorHarness"] + nativeKernelTargets),
        .executable(name: "tutor", targets: ["TutorCLI"]),
        // `tutor serve`'s preview server, which `tutor serve` builds on first use: kept out of
        // `tutor` so that the gallery's build does not compile an HTTP stack (FlyingFox).
        .executable(name: "tutor-serve", targets: ["TutorServeCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: systemLibraries + headerModules + [
        /// The events a tutorial program sends the runner: compiled into `tutor` and, through
        /// `Decoding` (whose dynamic library carries it), into every tutorial program.
        .target(name: "TutorProtocol"),
        // scikit-learn's modified liblinear (C++), vendored with the marked local changes that
        // Sources/CLiblinearImpl/vendor/README.md lists, and the dense solvers beside it.
        // Swift imports it as CLiblinear; it has no public headers of its own.
        .target(
            name: "CLiblinearImpl", exclude: ["vendor/COPYRIGHT", "vendor/README.md"],
            cxxSettings: [.headerSearchPath("."), .headerSearchPath("vendor/include"), .headerSearchPath("../CLiblinear")] + liblinearOptimization),
        // The searchlight's dense objective for liblinear's TRON (API: Sources/CSearchlight).
        .target(
            name: "CSearchlightImpl", dependencies: ["CLiblinearImpl"],
            cxxSettings: [
                .headerSearchPath("../CSearchlight"), .headerSearchPath("../CLiblinear"),
                .headerSearchPath("../CLiblinearImpl/vendor"), .headerSearchPath("../CLiblinearImpl/vendor/include"),
                .unsafeFlags([
                    // liblinear's linear.h includes a header inside extern "C", which clang modules refuse.
                    "-O3", "-Wno-module-import-in-extern-c",
                ]),
            ]
        ),
        // NDArray's exp/log/log10 through glibc's vector math library (API: Sources/CVectorMath).
        .target(
            name: "CVectorMathImpl", cSettings: [.headerSearchPath("../CVectorMath")] + vectorMathOptimization,
            linkerSettings: [.linkedLibrary("mvec", .when(platforms: [.linux]))]),
        /// What the library and the runner share without the runner linking the library: the
        /// content hash (SHA-256 from libcrypto), file identities, the user cache folder and the
        /// Haxby data's layout. Kept out of `Decoding` so that `TutorKit` compiles on the second
        /// core while `Decoding`'s long whole-module compile runs (SETUP-TIME.md).
        .target(name: "FileSupport", dependencies: ["CCrypto"]),
        .target(
            name: "Decoding",
            dependencies: ["CLiblinear", "CSearchlight", "CVectorMath", "TutorProtocol", "FileSupport",
                           "CIsal", "CZlib", "CPNG", "CLapack", "CFreeType"],
            swiftSettings: decodingSwiftSettings
        ),
        /// What every tutorial program calls around its steps, and a merged program's entry
        /// and fork server: built once here, with the library, instead of into each program.
        .target(name: "TutorHarness", dependencies: ["Decoding", "TutorProtocol"]),
        .executableTarget(name: "DecodingBench", dependencies: ["Decoding"] + nativeKernels, path: "Benchmarks/DecodingBench"),
        /// The runner's stages: parse, execute, check, update, weave, publish.
        .target(
            name: "TutorKit",
            dependencies: [
                "FileSupport", "TutorProtocol", "CCmark", "CPNG",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        /// `tutor serve`'s HTTP server and live reload, on FlyingFox.
        .target(
            name: "TutorServe",
            dependencies: ["TutorKit", .product(name: "FlyingFox", package: "FlyingFox"), .product(name: "FlyingSocks", package: "FlyingFox")]),
        .executableTarget(name: "TutorServeCLI", dependencies: ["TutorServe", "TutorKit"]),
        /// `tutor`: parses arguments and calls TutorKit; `tutor data` calls the library's fetchers.
        .executableTarget(
            name: "TutorCLI",
            dependencies: [
                "Decoding", "TutorKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + nativeKernels
        ),
        /// What the test targets share: `expectEqual` and the synthetic anatomy.
        .target(name: "TestSupport", dependencies: ["Decoding"], path: "Tests/TestSupport"),
        .testTarget(name: "DecodingTests", dependencies: ["Decoding", "FileSupport", "TestSupport"] + nativeKernels, resources: [.copy("Fixtures")]),
        // The fuzz targets' bodies (Fuzz/Targets) over the committed corpus, uninstrumented;
        // the libFuzzer entry points (Fuzz/Drivers) are built by scripts/fuzz.
        .testTarget(
            name: "FuzzReplayTests", dependencies: ["Decoding", "TutorKit"] + nativeKernels, path: "Fuzz",
            exclude: ["Drivers", "corpus", "README.md", "lsan.supp"]),
        .testTarget(name: "RunnerTests", dependencies: ["TutorKit", "TutorServe", "TutorProtocol", "FileSupport", "Decoding", "TestSupport"] + nativeKernels, resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
