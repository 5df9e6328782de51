import Foundation

/// `tutor serve` runs the preview server, the `tutor-serve` executable beside `tutor`. It is a
/// product of its own so that building `tutor` (what `scripts/gallery` does) does not compile
/// its HTTP stack; `tutor serve` builds it the first time and whenever it is older than what
/// it is linked from, then hands the process over to it.
public enum ServeLauncher {
    public static let product = "tutor-serve"

    public enum Failure: Error, CustomStringConvertible {
        case notInProject(folder: String)
        case buildFailed(command: [String], status: Int32)
        case execFailed(path: String, errno: Int32)

        public var description: String {
            switch self {
            case .notInProject(let folder):
                "tutor serve: \(folder) is not inside the project, so \(product) cannot be built there; build it with `swift build --product \(product)` and put it beside tutor"
            case .buildFailed(let command, let status):
                "tutor serve: building the preview server failed (status \(status)): \(command.joined(separator: " "))"
            case .execFailed(let path, let code):
                "tutor serve: cannot run \(path): \(String(cString: strerror(code)))"
            }
        }
    }

    /// The folder of the running `tutor` (symlinks resolved), where SwiftPM put its products.
    static var executableFolder: String {
        let executable = Bundle.main.executableURL?.resolvingSymlinksInPath()
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        return executable.deletingLastPathComponent().path
    }

    /// The `swift build` that brings `tutor-serve` up to date in the products folder `folder`
    /// (`<scratch>/<triple>/<configuration>`), so it lands beside the `tutor` that asked.
    static func buildCommand(folder: String, projectRoot: String) -> [String] {
        let products = URL(fileURLWithPath: folder)
        let configuration = products.lastPathComponent
        let scratch = products.deletingLastPathComponent().deletingLastPathComponent().path
        return ["swift", "build", "--package-path", projectRoot, "--scratch-path", scratch,
                "-c", configuration, "--product", product]
    }

    /// Builds `tutor-serve` if needed and replaces this process with it; returns only by throwing.
    public static func launch(_ request: ServeRequest) throws -> Never {
        let folder = executableFolder
        guard let root = ProjectRoot.containing(folder) else { throw Failure.notInProject(folder: folder) }
        let server = folder + "/" + product
        // Not `swift build` every time: besides its cost, it would wait forever for the lock of
        // a `swift test` that runs this (the end-to-end tests do).
        if !isCurrent(server: server, folder: folder) {
            Terminal.error("tutor serve: building the preview server (\(product))…")
            let command = buildCommand(folder: folder, projectRoot: root)
            let status = try runShowingOutput(command)
            guard status == 0 else { throw Failure.buildFailed(command: command, status: status) }
        }
        let arguments = [server, request.encoded()]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        execv(server, &argv)
        throw Failure.execFailed(path: server, errno: errno)
    }

    /// Whether `server` exists and is at least as new as every object file of the modules
    /// linked into it. Which objects and modules those are comes from the build itself — the
    /// link file list SwiftPM wrote when it last linked `server`
    /// (`tutor-serve.product/Objects.LinkFileList`) — not from a list kept by hand, which
    /// drifts when the package's modules change. Besides the listed objects, the top of each
    /// linked `<Module>.build/` folder is compared, so that the object of a newly added source
    /// file counts too. Without a link file list, or with a listed object gone, it is rebuilt.
    static func isCurrent(server: String, folder: String) -> Bool {
        let fm = FileManager.default
        guard fm.isExecutableFile(atPath: server), let built = modified(server),
            let linked = linkedObjects(folder: folder)
        else { return false }
        var objects = linked.objects
        for module in linked.moduleFolders {
            for name in (try? fm.contentsOfDirectory(atPath: module)) ?? [] where name.hasSuffix(".o") {
                objects.append(module + "/" + name)
            }
        }
        return objects.allSatisfy { path in modified(path).map { $0 <= built } ?? false }
    }

    /// The object files the link file list of `product` in `folder` names, and the
    /// `<Module>.build` folders they lie in; nil when SwiftPM has not written one there.
    static func linkedObjects(folder: String) -> (objects: [String], moduleFolders: Set<String>)? {
        let list = folder + "/" + product + ".product/Objects.LinkFileList"
        guard let text = try? String(contentsOfFile: list, encoding: .utf8) else { return nil }
        var objects: [String] = []
        var folders = Set<String>()
        for line in text.split(whereSeparator: \.isNewline) {
            // One object per line, quoted when its path has spaces.
            let path = line.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            guard !path.isEmpty else { continue }
            objects.append(path)
            var parent = URL(fileURLWithPath: path).deletingLastPathComponent()
            while parent.path.count > 1, parent.pathExtension != "build" { parent.deleteLastPathComponent() }
            if parent.pathExtension == "build" { folders.insert(parent.path) }
        }
        return (objects, folders)
    }

    private static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    /// Runs `command` with its output on standard error (the build's progress and errors).
    private static func runShowingOutput(_ command: [String]) throws -> Int32 {
        guard let swift = Subprocess.which(command[0]) else { throw SubprocessError.notFound(command[0]) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: swift)
        process.arguments = Array(command.dropFirst())
        process.standardOutput = FileHandle.standardError
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
