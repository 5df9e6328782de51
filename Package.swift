// swift-tools-version: 6.1
import PackageDescription

/// C libraries come from Debian's -dev packages through system-library targets;
/// `scripts/setup` installs them when missing.
let systemLibraries: [Target] = [
    .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
    .systemLibrary(name: "CIsal", pkgConfig: "libisal", providers: [.apt(["libisal-dev"])]),
    .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
    .systemLibrary(name: "CLapack", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]),
    .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
    .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
]

let package = Package(
    name: "Tutor",
    platforms: [.macOS(.v14)],
    products: [
        // Dynamic, so tutorial programs link the already-built library instead of rebuilding it.
        .library(name: "Decoding", type: .dynamic, targets: ["Decoding"]),
        .executable(name: "tutor", targets: ["TutorCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: systemLibraries + [
        /// The events a tutorial program sends the runner: compiled into `tutor` and, through
        /// `Decoding` (whose dynamic library carries it), into every tutorial program.
        .target(name: "TutorProtocol"),
        // scikit-learn's modified liblinear (C++), vendored: see Sources/CLiblinear/README.md.
        // Its module map sits at the target's root, where `tutor` looks for the module maps
        // a tutorial program needs to import Decoding.
        .target(
            name: "CLiblinear", exclude: ["COPYRIGHT", "README.md"], publicHeadersPath: ".",
            cxxSettings: [.headerSearchPath("include")]),
        // The searchlight's dense objective for liblinear's TRON (Sources/CSearchlight/include).
        .target(
            name: "CSearchlight", dependencies: ["CLiblinear"],
            cxxSettings: [.headerSearchPath("../CLiblinear"), .headerSearchPath("../CLiblinear/include"), .unsafeFlags([
                // liblinear's linear.h includes a header inside extern "C", which clang modules refuse.
                "-O3", "-Wno-module-import-in-extern-c",
            ])]
        ),
        // NDArray's exp/log/log10 through glibc's vector math library (Sources/CVectorMath).
        .target(name: "CVectorMath", linkerSettings: [.linkedLibrary("mvec", .when(platforms: [.linux]))]),
        .target(
            name: "Decoding",
            dependencies: ["CIsal", "CPNG", "CLapack", "CFreeType", "CCrypto", "TutorProtocol", "CLiblinear", "CSearchlight",
                           "CVectorMath"]
        ),
        .executableTarget(name: "DecodingBench", dependencies: ["Decoding"], path: "Benchmarks/DecodingBench"),
        /// The runner's stages: parse, execute, check, update, weave, publish.
        .target(
            name: "TutorKit",
            dependencies: [
                "Decoding", "TutorProtocol", "CCmark",
                .product(name: "Yams", package: "Yams"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        /// `tutor`: parses arguments and calls TutorKit.
        .executableTarget(
            name: "TutorCLI",
            dependencies: [
                "TutorKit", "Decoding",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DecodingTests", dependencies: ["Decoding"], resources: [.copy("Fixtures")]),
        .testTarget(name: "RunnerTests", dependencies: ["TutorKit", "TutorProtocol", "Decoding"], resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
