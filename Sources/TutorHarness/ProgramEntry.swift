import Foundation

/// The entry of a merged program (many tutorials compiled together): `program <id>` runs
/// one tutorial, `program --serve` serves many (`__TutorForkServer`). Each tutorial's file
/// exports its steps under the C name `tutor_tutorial_<id>`, found with `dlsym`, so the
/// program's `main.swift` is one call that never changes with the set of tutorials.
public enum __TutorProgram {
    public static func main() -> Swift.Never {
        __TutorHarness.start()
        let argument = Swift.CommandLine.arguments.dropFirst().first ?? ""
        if argument == "--serve" { __TutorForkServer.serve() }
        run(argument)
        Foundation.exit(0)
    }

    static func run(_ id: Swift.String) {
        guard let entry = Foundation.dlsym(Foundation.dlopen(nil, Foundation.RTLD_NOW), "tutor_tutorial_" + id) else {
            Foundation.FileHandle.standardError.write(Foundation.Data("tutor: this program holds no tutorial '\(id)'\n".utf8))
            Foundation.exit(64)
        }
        Swift.unsafeBitCast(entry, to: (@convention(c) () -> Swift.Void).self)()
    }
}
