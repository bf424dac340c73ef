import Testing
@testable import Linking

@Test func LinkingModuleLoads() {
    #expect(Bool(true))
}
