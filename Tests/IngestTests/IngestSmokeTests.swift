import Testing
@testable import Ingest

@Test func IngestModuleLoads() {
    #expect(Bool(true))
}
