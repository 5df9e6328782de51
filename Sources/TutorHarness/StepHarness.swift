import Decoding
import Dispatch
// `stdout` is a C global: line-buffering it once, before any step runs, is safe.
@preconcurrency import Foundation
import TutorProtocol

/// What every tutorial program calls around its steps, compiled once with the library
/// instead of into every program (the merged compile of many tutorials used to type-check
/// and emit it at each cold build).
///
/// It talks to the runner through `TutorProtocol` (`HarnessChannel.send` of `HarnessEvent`s).
/// `start` first makes sure the program leads its own process group, which the runner ends
/// with everything in it. Its `print` overloads for tables send each printed `DataFrame` or
/// `Series` as cells.
///
/// Every name it uses from a library is qualified with its module, and its own names start
/// with `__`, so a tutorial that defines its own `print`, `Data` or `URL` changes nothing here.
/// The state is the one running tutorial's, in a single-threaded program's main thread.
public enum __TutorHarness {
    static let figures = Foundation.ProcessInfo.processInfo.environment[TutorProtocol.HarnessChannel.figuresVariable]
    nonisolated(unsafe) static var started = Dispatch.DispatchTime.now()
    /// The running step's number.
    nonisolated(unsafe) static var current: Swift.Int?

    public static func start() {
        _ = Foundation.setpgid(0, 0)
        Foundation.setvbuf(Foundation.stdout, nil, Foundation._IOLBF, 0)
        Decoding.FigureCapture.isEnabled = true
    }

    static func send(_ event: TutorProtocol.HarnessEvent) {
        TutorProtocol.HarnessChannel.send(event)
    }

    public static func begin(_ step: Swift.Int) {
        send(.begin(step: step))
        current = step
        started = Dispatch.DispatchTime.now()
    }

    public static func end(_ step: Swift.Int) {
        let nanoseconds = Dispatch.DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds
        saveFigures(of: step)
        send(.end(step: step, nanoseconds: nanoseconds, peakMemoryBytes: peakMemoryBytes()))
    }

    public static func threw(_ step: Swift.Int, _ error: any Swift.Error) {
        Swift.print(Swift.String(describing: error))
        send(.threw(step: step))
    }

    public static func didNotThrow(_ step: Swift.Int) -> Swift.Never {
        send(.didNotThrow(step: step))
        Foundation.exit(0)
    }

    /// Peak resident memory (`getrusage(RUSAGE_SELF)`: kilobytes on Linux, bytes on macOS).
    static func peakMemoryBytes() -> Swift.Int {
        var usage = Foundation.rusage()
        _ = Foundation.getrusage(0, &usage)
        #if os(Linux)
        return Swift.Int(usage.ru_maxrss) * 1024
        #else
        return Swift.Int(usage.ru_maxrss)
        #endif
    }

    /// Announces a printed table; its text follows on standard output.
    static func display(_ table: some TutorProtocol.TableDisplayable) {
        guard let step = current else { return }
        send(.table(step: step, table: table.displayTable))
    }

    static func saveFigures(of step: Swift.Int) {
        let drawn = Decoding.FigureCapture.drain()
        guard let folder = figures, !drawn.isEmpty else { return }
        for (index, figure) in drawn.enumerated() {
            let name = TutorProtocol.FigureFiles.name(step: step, index: index + 1)
            do {
                let png = try figure.pngData()
                try Foundation.Data(png).write(to: Foundation.URL(fileURLWithPath: folder + "/" + name), options: .atomic)
                send(.figure(step: step, file: name, altText: figure.altText))
            } catch {
                Foundation.FileHandle.standardError.write(Foundation.Data("tutor: figure \(index + 1) of step \(step) could not be saved: \(Swift.String(describing: error))\n".utf8))
            }
        }
    }
}

// `print(table)` of a DataFrame or Series also sends the table's cells, so pages can show it
// as an HTML table. More specific than `Swift.print(_:Any...)`, so chosen for it.
public func print(_ table: Decoding.DataFrame, terminator: Swift.String = "\n") {
    __TutorHarness.display(table)
    Swift.print(table, terminator: terminator)
}

public func print(_ table: Decoding.Series, terminator: Swift.String = "\n") {
    __TutorHarness.display(table)
    Swift.print(table, terminator: terminator)
}
