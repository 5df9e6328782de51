import Testing
@testable import TutorKit

@Test func commandHasAName() {
    #expect(Tutor.configuration.commandName == "tutor")
}
