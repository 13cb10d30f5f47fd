// swift-tools-version:6.1
import PackageDescription

/// Modules follow what depends on what, so that an edit rebuilds only what needs it:
/// - `Pipeline`: the core every stage sees: the document and its layers, the Stage protocol, the pipeline
///   runner and its output invariants, text offsets. Pure Swift, small, no system library.
/// - `Stages`: one folder per stage; depends on `Pipeline` alone (and ICU, libxml2). Imports no Foundation:
///   Swift's Foundation on Linux carries its own ICU (notes/SWIFT_C_INTEROP.md, "The Foundation trap").
/// - `PipelineIO`: reading inputs (files, folders, streams), JSON and JSONL, the batch runner, hashing.
/// - `Evaluation`: gold readers, scorers, report renderers, the gold-entity stage.
/// - `pipe`: the command line on top: argument parsing and terminal output only.
/// An evaluation edit no longer rebuilds the stages, and a stage edit no longer rebuilds I/O or evaluation.
/// Language resources are generated Swift sources, not SwiftPM resources, because the generated
/// `Bundle.module` accessor imports Foundation.
let package = Package(
    name: "pipe",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "pipe", targets: ["pipe"]),
        .library(name: "Pipeline", targets: ["Pipeline"]),
        .library(name: "Stages", targets: ["Stages"]),
        .library(name: "PipelineIO", targets: ["PipelineIO"]),
        .library(name: "Evaluation", targets: ["Evaluation"]),
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
        .target(name: "Pipeline"),
        .target(
            name: "PipelineIO",
            dependencies: ["Pipeline", "CCrypto"]
        ),
        .target(
            name: "Evaluation",
            dependencies: ["Pipeline", "PipelineIO"]
        ),
        // The entity tagger's model and word clusters, embedded as bytes with `.incbin` (include/*.bin).
        .target(name: "CEntityResources"),
        .target(
            name: "Stages",
            dependencies: ["Pipeline", "CLibXML2", "CICU", "CEntityResources"]
        ),
        .executableTarget(
            name: "pipe",
            dependencies: [
                "Pipeline",
                "PipelineIO",
                "Evaluation",
                "Stages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Tokenize + sentences throughput in process (scripts/bench-tokenize); not part of the product.
        .executableTarget(name: "stage-bench", dependencies: ["Pipeline", "Stages"]),
        // Trains the entity stage's tagger (scripts/train-entity-model); not part of the product.
        .executableTarget(name: "ner-train", dependencies: ["Pipeline", "PipelineIO", "Stages"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline"]),
        .testTarget(name: "PipelineIOTests", dependencies: ["PipelineIO", "Pipeline"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "PipelineIO", "Pipeline"]),
        .testTarget(name: "StagesTests", dependencies: ["Stages", "Pipeline", "PipelineIO"]),
        .testTarget(name: "PipeCLITests", dependencies: ["Evaluation", "PipelineIO", "Pipeline"]),
    ],
    swiftLanguageModes: [.v6]
)
