import Testing
@testable import HearsayCLI

@Test func HearsayCLIModuleLoads() {
    #expect(Bool(true))
}
