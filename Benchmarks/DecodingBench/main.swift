// DecodingBench: the Swift side of bench/run (issue 8). Each subcommand mirrors one Python
// reference program in bench/python, on the same files, so the harness can time both.
//
//     DecodingBench pipeline SUBJECT_DIR OUT_DIR [STAGES_JSON]
//     DecodingBench svc PROBLEM_DIR NAME REPEATS RESULT_JSON
//     DecodingBench mask SUBJECT_DIR REPEATS RESULT_JSON   (the masking step alone)
//     DecodingBench plots SUBJECT_DIR RESULT_JSON          (the two figure steps, once)
//     DecodingBench haxby DATA_DIR      (prints the simulated subject's folder)
//     DecodingBench estimators DATA_DIR NAME…  (plot_haxby_different_estimators' eight-category fits)
import Foundation

let usage = """
    usage: DecodingBench pipeline SUBJECT_DIR OUT_DIR [STAGES_JSON]
           DecodingBench svc PROBLEM_DIR NAME REPEATS RESULT_JSON
           DecodingBench mask SUBJECT_DIR REPEATS RESULT_JSON
           DecodingBench plots SUBJECT_DIR RESULT_JSON
           DecodingBench haxby DATA_DIR
           DecodingBench estimators DATA_DIR NAME...
    """

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch (arguments.first, arguments.count) {
    case ("pipeline", 3), ("pipeline", 4):
        try SeedPipeline(subject: arguments[1], out: arguments[2]).run(stagesPath: arguments.count > 3 ? arguments[3] : nil)
    case ("svc", 5):
        guard let repeats = Int(arguments[3]), repeats > 0 else { throw BenchError.badArgument("REPEATS", arguments[3]) }
        try SVCFits(problem: try SVCProblem(directory: arguments[1], name: arguments[2]))
            .run(repeats: repeats, resultPath: arguments[4])
    case ("mask", 4):
        guard let repeats = Int(arguments[2]), repeats > 0 else { throw BenchError.badArgument("REPEATS", arguments[2]) }
        try MaskingStep(subject: arguments[1]).run(repeats: repeats, resultPath: arguments[3])
    case ("plots", 3):
        try PlotSteps(subject: arguments[1]).run(resultPath: arguments[2])
    case ("estimators", 3...):
        try EstimatorFits(subject: arguments[1], names: Array(arguments.dropFirst(2))).run()
    case ("haxby", 2):
        print(try HaxbySubject.ensure(dataDirectory: arguments[1]))
    default:
        FileHandle.standardError.write(Data((usage + "\n").utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("DecodingBench: \(error)\n".utf8))
    exit(1)
}
