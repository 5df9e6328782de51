// swift-tools-version: 6.1
import PackageDescription

/// C libraries come from Debian's -dev packages through system-library targets;
/// `scripts/setup` installs them when missing.
let systemLibraries: [Target] = [
    .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(name: "CDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"])]),
    .systemLibrary(name: "CPNG", pkgConfig: "libpng", providers: [.apt(["libpng-dev"])]),
    .systemLibrary(name: "CLapack", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]),
    .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
]

let package = Package(
    name: "Tutor",
    platforms: [.macOS(.v14)],
    products: [
        // Dynamic, so tutorial programs link the already-built library instead of rebuilding it.
        .library(name: "Decoding", type: .dynamic, targets: ["Decoding"]),
        .executable(name: "tutor", targets: ["Runner"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: systemLibraries + [
        // scikit-learn's modified liblinear (C++), vendored: see Sources/CLiblinear/README.md.
        .target(name: "CLiblinear", exclude: ["COPYRIGHT", "README.md"]),
        .target(
            name: "Decoding",
            dependencies: ["CZlib", "CDeflate", "CPNG", "CLapack", "CFreeType", "CLiblinear"]
        ),
        .executableTarget(name: "DecodingBench", dependencies: ["Decoding"], path: "Benchmarks/DecodingBench"),
        .executableTarget(
            name: "Runner",
            dependencies: [
                "Decoding", "CCmark",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        .testTarget(name: "DecodingTests", dependencies: ["Decoding"], resources: [.copy("Fixtures")]),
        .testTarget(name: "RunnerTests", dependencies: ["Runner", "Decoding"], resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
