import Testing
@testable import Extraction

/// Quote runs over several paragraphs and speakers the article refers back to by description.
@Suite struct RunAndReferenceTests {
    @Test func quoteRunWhoseAttributionComesAfterItsLastParagraph() {
        let text = """
            "Salt roads are closing": a ferryman on forty winters at Brekka

            Odd Tallaksen, a ferryman, has crossed the sound at Brekka every winter since 1985.

            Asked about the worst crossing, Tallaksen smiled.

            “It was the February the ice came in sideways. The engine stopped twice, and the radio was full of people asking whether we were alive, which we were not sure of ourselves.

            “We tied the passengers to the benches with mooring rope and sang to keep the children calm. Nobody on that boat has ever let me forget the singing.

            “After that winter I bought a second engine. It cost me a year of fares.”

            He said the new ferry would arrive in spring.
            """
        #expect(speaker(of: "It was the February", in: text) == "Odd Tallaksen")
        #expect(speaker(of: "We tied the passengers", in: text) == "Odd Tallaksen")
        #expect(speaker(of: "After that winter", in: text) == "Odd Tallaksen")
    }
}
