import Foundation
import TutorProtocol

/// A merged program's server mode (`program --serve`).
///
/// Started once per build, it loads the program — the library, Foundation, the Swift
/// runtime — once, then forks one child per tutorial: the child makes its own process
/// group, takes the run's environment and working folder, writes its standard output and
/// error into the runner's FIFOs and calls the tutorial's entry point, so a crash, trap or
/// timeout still ends only that child. Dynamic loading and start-up are paid once instead
/// of once per tutorial.
///
/// Protocol: one JSON line each way (`TutorProtocol.ForkServerChannel`): `ForkRequest`s on
/// standard input; `ForkReply.started` once forked (pid -1 when fork failed) and
/// `ForkReply.exited` when a child ends, on standard output. The server stays
/// single-threaded (children are reaped between polls) so a fork never copies a lock another
/// thread holds, and writes its replies with `write(2)`, never through `stdout`'s buffer,
/// which the children inherit.
enum __TutorForkServer {
    static func reply(_ message: TutorProtocol.ForkReply) {
        let bytes = TutorProtocol.ForkServerChannel.line(message)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Foundation.write(1, $0.baseAddress, $0.count) }
            if count <= 0 { Foundation.exit(70) }
            written += count
        }
    }

    static func run(_ request: TutorProtocol.ForkRequest) -> Swift.Never {
        _ = Foundation.setpgid(0, 0)
        Foundation.setenv(TutorProtocol.HarnessChannel.nonceVariable, request.nonce, 1)
        Foundation.setenv(TutorProtocol.HarnessChannel.figuresVariable, request.figuresFolder, 1)
        _ = Foundation.chdir(request.figuresFolder)
        let input = Foundation.open("/dev/null", Foundation.O_RDONLY)
        let output = Foundation.open(request.stdout, Foundation.O_WRONLY)
        let error = Foundation.open(request.stderr, Foundation.O_WRONLY)
        guard input >= 0, output >= 0, error >= 0 else { Foundation._exit(71) }
        _ = Foundation.dup2(input, 0)
        _ = Foundation.dup2(output, 1)
        _ = Foundation.dup2(error, 2)
        for descriptor in [input, output, error] where descriptor > 2 { _ = Foundation.close(descriptor) }
        __TutorProgram.run(request.tutorial)
        Foundation.exit(0)
    }

    /// Fills, once in the server, the runtime caches each child would otherwise fill on its
    /// own from a cold start (protocol conformance lookups scan every loaded image's records;
    /// JSON coding of the harness's events): the children inherit them with the memory.
    /// Nothing the child reads from its own environment (the nonce, the figures folder) is
    /// touched here, since those are read once, lazily. `TUTOR_FORK_WARM_UP=0` skips it.
    static func warmUp() {
        guard Foundation.ProcessInfo.processInfo.environment["TUTOR_FORK_WARM_UP"] != "0" else { return }
        var sink = ""
        Swift.print(1, 1.5, "text", [1.5, 2.5], [1, 2], true, Swift.Optional(1) as Any, to: &sink)
        Swift.print(Swift.String(describing: 1), Swift.String(reflecting: "text"), to: &sink)
        for event: TutorProtocol.HarnessEvent in [.begin(step: 1), .end(step: 1, nanoseconds: 1, peakMemoryBytes: 1)] {
            _ = TutorProtocol.HarnessChannel.line(event, nonce: "warm-up")
        }
    }

    static func serve() -> Swift.Never {
        warmUp()
        var pending: [Swift.UInt8] = []
        var buffer = [Swift.UInt8](repeating: 0, count: 4096)
        var open = true
        var children = 0
        while open || children > 0 {
            var status: Swift.Int32 = 0
            while children > 0 {
                let pid = Foundation.waitpid(-1, &status, Foundation.WNOHANG)
                guard pid > 0 else { break }
                children -= 1
                reply(.exited(pid: pid, status: status))
            }
            var poller = Foundation.pollfd(fd: 0, events: Swift.Int16(Foundation.POLLIN), revents: 0)
            guard open, Foundation.poll(&poller, 1, 5) > 0 else {
                if !open { Foundation.usleep(5000) }
                continue
            }
            let count = buffer.withUnsafeMutableBytes { Foundation.read(0, $0.baseAddress, $0.count) }
            if count < 0, Foundation.errno == Foundation.EINTR { continue }
            guard count > 0 else { open = false; continue }
            pending += buffer[..<count]
            while let end = pending.firstIndex(of: 10) {
                let request = TutorProtocol.ForkServerChannel.decode(TutorProtocol.ForkRequest.self, from: pending[..<end])
                pending.removeSubrange(...end)
                guard let request else { continue }
                let pid = Foundation.fork()
                if pid == 0 { run(request) }
                if pid > 0 { children += 1 }
                reply(.started(token: request.token, pid: pid))
            }
        }
        Foundation.exit(0)
    }
}
