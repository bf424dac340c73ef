import Testing
@testable import HearsayStore

@Test func HearsayStoreModuleLoads() {
    #expect(Bool(true))
}
