/// GitHub Actions workflow commands: `::error file=…,line=…[,col=…]::message`, one per problem,
/// with the details (diff, compiler output) folded into the message as GitHub expects
/// (`%`, CR and LF percent-encoded).
public enum GitHubAnnotations {
    public static func annotation(for problem: Problem) -> String {
        let message = problem.details.isEmpty ? problem.message : problem.message + "\n" + problem.details
        let column = problem.column.map { ",col=\($0)" } ?? ""
        return "::error file=\(property(problem.path)),line=\(problem.line)\(column)::\(data(message))"
    }

    private static func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
