import Testing
@testable import Runner

@Test func commandHasAName() {
    #expect(Tutor.configuration.commandName == "tutor")
}
