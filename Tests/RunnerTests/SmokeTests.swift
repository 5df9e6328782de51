import Testing
@testable import TutorKit

extension CommandLineTests {
    @Test func commandHasAName() throws {
        #expect(try tutor(["--help"]).stdout.contains("USAGE: tutor <subcommand>"))
    }
}
