import Foundation
import Testing
import TestSupport
import TutorProtocol
@testable import TutorKit

/// Ctrl-C while a step waits for a long child process: `tutor` ends at once with status 130
/// and one line saying so, no process of the run survives it, and nothing is left
/// half-written — no site, no rewritten tutorial, no temporary files or folders.
@Suite(.serialized) struct InterruptTests {
    /// A step that starts `sleep` (an unusual duration, to find it in `/proc`) and waits.
    static let tutorial = """
        The step waits for a child that would take five minutes.

        ```swift step
        import Foundation

        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/sleep")
        child.arguments = ["\(sleepSeconds)"]
        try child.run()
        print("waiting")
        child.waitUntilExit()
        ```

        ```output
        recorded
        ```

        """
    static let sleepSeconds = "300.125"

    let scratch = try! TemporaryFolder()

    struct Interrupted {
        var status: Int32
        var stderr: String
        /// From SIGINT to `tutor`'s exit.
        var seconds: Double
        /// The run's `TUTOR_NONCE`, read from the sleeping child's environment.
        var nonce: String
    }

    /// Starts `tutor ARGUMENTS` in the scratch folder, sends it SIGINT once the step's child
    /// runs, and waits for it to exit.
    func interrupt(_ arguments: [String]) throws -> Interrupted {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try LibraryBuild.forRunningExecutable().folder + "/tutor")
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: scratch.path)
        let log = scratch.path + "/tutor-stderr.txt"
        FileManager.default.createFile(atPath: log, contents: nil)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        try process.run()
        defer { try? FileManager.default.removeItem(atPath: log) }
        let said = { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }
        // Compiling the tutorial comes first: allow for a loaded machine.
        var child: (pid: Int32, nonce: String)?
        let deadline = ContinuousClock.now + .seconds(300)
        while child == nil, process.isRunning, ContinuousClock.now < deadline {
            child = Self.sleepingChild()
            if child == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        guard let child else {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            throw NotStarted(stderr: said())
        }
        let sent = ContinuousClock.now
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let seconds = (ContinuousClock.now - sent).seconds
        return Interrupted(status: process.terminationStatus, stderr: said(), seconds: seconds, nonce: child.nonce)
    }

    struct NotStarted: Error, CustomStringConvertible {
        var stderr: String
        var description: String { "the step's child never started; tutor said: \(stderr)" }
    }

    /// The running `/bin/sleep 300.125` and the nonce in its environment.
    static func sleepingChild() -> (pid: Int32, nonce: String)? {
        let prefix = Array("\(HarnessChannel.nonceVariable)=".utf8)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = Int32(name), let command = FileManager.default.contents(atPath: "/proc/\(name)/cmdline"),
                  command.split(separator: 0).map({ String(decoding: $0, as: UTF8.self) }) == ["/bin/sleep", sleepSeconds],
                  let environment = FileManager.default.contents(atPath: "/proc/\(name)/environ"),
                  let entry = environment.split(separator: 0).first(where: { $0.starts(with: prefix) })
            else { continue }
            return (pid, String(decoding: entry.dropFirst(prefix.count), as: UTF8.self))
        }
        return nil
    }

    /// The checks every interrupted command shares: prompt, said, status 130, nothing left running.
    func expectStoppedCleanly(_ interrupted: Interrupted, command: String) {
        #expect(interrupted.seconds < 5, "tutor \(command) took \(interrupted.seconds) s to stop")
        expectEqual(interrupted.status, 130)
        #expect(interrupted.stderr.hasSuffix(RunningPrograms.interruptedMessage + "\n"), "\(interrupted.stderr)")
        #if os(Linux)
        // SIGKILL is sent before tutor exits; give the kernel a moment to reap.
        let deadline = ContinuousClock.now + .seconds(2)
        while !RunningPrograms.descendants(withNonce: interrupted.nonce).isEmpty && ContinuousClock.now < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(RunningPrograms.descendants(withNonce: interrupted.nonce).isEmpty, "a process of the run survived")
        #expect(Self.sleepingChild() == nil)
        #endif
    }

    /// Hidden temporary files and folders anywhere below the scratch folder.
    func temporaries() -> [String] {
        let walker = FileManager.default.enumerator(atPath: scratch.path)
        return (walker?.allObjects as? [String] ?? []).filter {
            let name = ($0 as NSString).lastPathComponent
            return name.contains(".tutor-") || name.contains(".building-") || (name.hasPrefix(".waiting.") && name != ".waiting.md")
        }
    }

    @Test func runStopsAndLeavesNothingRunning() throws {
        let file = try scratch.write(Self.tutorial, to: "waiting.md")
        expectStoppedCleanly(try interrupt(["run", file, "--output", scratch.path + "/out"]), command: "run")
    }

    @Test func updateLeavesTheTutorialAsItWas() throws {
        let file = try scratch.write(Self.tutorial, to: "waiting.md")
        expectStoppedCleanly(try interrupt(["update", file, "--output", scratch.path + "/out"]), command: "update")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == Self.tutorial)
        expectEqual(temporaries(), [])
    }

    @Test func buildWritesNoSiteAndNoTemporaries() throws {
        try FileManager.default.createDirectory(atPath: scratch.path + "/tutorials", withIntermediateDirectories: true)
        let file = try scratch.write(Self.tutorial, to: "tutorials/waiting.md")
        expectStoppedCleanly(try interrupt(["build", file, "--out", "site", "--cache", "cache", "-j", "1"]), command: "build")
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/site"))
        expectEqual(temporaries(), [])
    }
}
