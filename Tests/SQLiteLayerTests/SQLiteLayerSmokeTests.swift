import Testing
@testable import SQLiteLayer

@Test func SQLiteLayerModuleLoads() {
    #expect(Bool(true))
}
