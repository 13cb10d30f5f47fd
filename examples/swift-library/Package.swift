// swift-tools-version:6.1
import PackageDescription

// Uses pipe as a library, from this repository by relative path; elsewhere, depend on the repository
// by URL instead: .package(url: "https://.../pipe", branch: "main").
let package = Package(
    name: "swift-library-example",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "pipe", path: "../..")],
    targets: [
        .executableTarget(
            name: "annotate-string",
            dependencies: [
                .product(name: "Pipeline", package: "pipe"),
                .product(name: "Stages", package: "pipe"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
