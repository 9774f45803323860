// swift-tools-version:6.0
import PackageDescription

/// Trusted Person: one executable over small libraries, no package dependencies.
/// Dependencies point one way: TrustedPerson → App → {HTTP, SQLite, TemplateEngine, Hashing, Domain}.
let package = Package(
    name: "TrustedPerson",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "trusted-person", targets: ["TrustedPerson"]),
        .executable(name: "bench-peer", targets: ["BenchPeer"]),
        .executable(name: "benchmarks", targets: ["Benchmarks"]),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CLinux", path: "Sources/CLinux"),
        .target(name: "HTTP", dependencies: ["CLinux"]),
        .target(name: "SQLite", dependencies: ["CSQLite"]),
        .target(name: "TemplateEngine"),
        // Optimised even in debug builds: PBKDF2 at 600,000 rounds would otherwise take seconds per sign-in.
        .target(name: "Hashing", swiftSettings: [.unsafeFlags(["-O"])]),
        .target(name: "Domain"),
        // `Resources` holds data read from the project root at start-up, not compiled in.
        .target(
            name: "App", dependencies: ["HTTP", "SQLite", "TemplateEngine", "Hashing", "Domain"],
            exclude: ["Resources"]),
        .executableTarget(name: "TrustedPerson", dependencies: ["App"]),
        .executableTarget(name: "BenchPeer", dependencies: ["HTTP", "SQLite"], exclude: ["load"]),
        .executableTarget(name: "Benchmarks", dependencies: ["App"]),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP"]),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite"]),
        .testTarget(name: "TemplateEngineTests", dependencies: ["TemplateEngine"]),
        .testTarget(name: "HashingTests", dependencies: ["Hashing"]),
        .testTarget(name: "DomainTests", dependencies: ["Domain"]),
        .testTarget(name: "AppTests", dependencies: ["App", "HTTP", "SQLite", "Domain", "Hashing"]),
        .testTarget(name: "BrowserTests", dependencies: ["App", "HTTP", "Domain", "Hashing"]),
    ],
    swiftLanguageModes: [.v6]
)
