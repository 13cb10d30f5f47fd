// swift-tools-version:6.1
import PackageDescription

/// The pipeline is split so that no module that may import Foundation can see a system ICU module
/// (see notes/SWIFT_C_INTEROP.md, "The Foundation trap"): `Pipeline` is pure Swift and imports at most
/// FoundationEssentials; `Stages` calls ICU and libxml2 and imports no Foundation; `pipe` only parses
/// arguments and writes to the terminal. Language resources are generated Swift sources, not SwiftPM
/// resources, because the generated `Bundle.module` accessor imports Foundation.
let package = Package(
    name: "pipe",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "pipe", targets: ["pipe"]),
        .library(name: "Pipeline", targets: ["Pipeline"]),
        .library(name: "Stages", targets: ["Stages"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        // CLD2 (Debian: libcld2-dev), its C++ API behind one C function.
        .target(
            name: "CLD2Shim",
            linkerSettings: [.linkedLibrary("cld2"), .linkedLibrary("stdc++")]
        ),
        .target(
            name: "Pipeline",
            dependencies: ["CCrypto"]
        ),
        .target(
            name: "Stages",
            dependencies: ["Pipeline", "CLibXML2", "CICU", "CLD2Shim"]
        ),
        .executableTarget(
            name: "pipe",
            dependencies: [
                "Pipeline",
                "Stages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Trains the entity stage's tagger (scripts/train-entity-model); not part of the product.
        .executableTarget(name: "ner-train", dependencies: ["Pipeline", "Stages"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline"]),
        .testTarget(name: "StagesTests", dependencies: ["Stages", "Pipeline"]),
        .testTarget(name: "PipeCLITests", dependencies: ["Pipeline"]),
    ],
    swiftLanguageModes: [.v6]
)
