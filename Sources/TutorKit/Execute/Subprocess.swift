import Foundation
import TutorProtocol

/// Small helpers to find and run tools (swiftc, pkg-config).
enum Subprocess {
    /// The full path of `tool` on `PATH`, or nil.
    static func which(_ tool: String) -> String? {
        if tool.contains("/") { return tool }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `command` and returns its standard output when it exits with 0, else nil.
    static func capture(_ command: [String]) throws -> String? {
        let result = try run(command)
        return result.status == 0 ? result.output : nil
    }

    /// Runs `command` to its end; returns its exit status and its standard output and
    /// error merged (for compiler diagnostics, which go to standard error). Like a tutorial
    /// program, it and what it starts (the compiler's frontends) end if `tutor` is interrupted.
    static func run(_ command: [String], currentDirectory: String? = nil) throws -> (status: Int32, output: String) {
        guard let executable = which(command[0]) else { throw SubprocessError.notFound(command[0]) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(command.dropFirst())
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        let nonce = UUID().uuidString
        process.environment = ProcessInfo.processInfo.environment.merging([HarnessChannel.nonceVariable: nonce]) { $1 }
        try process.run()
        let running = RunningPrograms.Program(pid: process.processIdentifier, nonce: nonce)
        RunningPrograms.register(running)
        defer { RunningPrograms.unregister(running) }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        RunningPrograms.waitIfInterrupted()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

enum SubprocessError: Error, CustomStringConvertible {
    case notFound(String)

    var description: String {
        switch self {
        case .notFound(let tool): "tutor: '\(tool)' was not found on PATH"
        }
    }
}
