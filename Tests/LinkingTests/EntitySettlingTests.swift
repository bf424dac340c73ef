import Testing

@testable import Linking

@Suite struct EntitySettlingTests {
    private typealias Entry = EntitySettling.Entry

    @Test func aBareSurnameGoesToTheOneFullerName() {
        let folds = EntitySettling.folds([
            Entry(id: 1, name: "Menendez", curated: false),
            Entry(id: 2, name: "Robert Menendez", curated: false),
        ])
        #expect(folds == [EntitySettling.Fold(from: 1, into: 2)])
    }

    @Test func aBareSurnameOfTwoPeopleStays() {
        #expect(
            EntitySettling.folds([
                Entry(id: 1, name: "Cruz", curated: false),
                Entry(id: 2, name: "Tomas Cruz", curated: false),
                Entry(id: 3, name: "Hanna Cruz", curated: false),
            ]).isEmpty)
    }

    @Test func curationIsRespected() {
        #expect(
            EntitySettling.folds([
                Entry(id: 1, name: "Menendez", curated: true),
                Entry(id: 2, name: "Robert Menendez", curated: false),
            ]).isEmpty)
        #expect(
            EntitySettling.folds([
                Entry(id: 1, name: "Menendez", curated: false),
                Entry(id: 2, name: "Robert Menendez", curated: true, rejected: ["Menendez"]),
            ]).isEmpty)
    }

    @Test func theSameNameTwiceBecomesOneWhicheverCameFirst() {
        let a = EntitySettling.folds([
            Entry(id: 5, name: "Ivo Brandt", curated: false), Entry(id: 9, name: "Ivo  Brandt", curated: false),
        ])
        #expect(a == [EntitySettling.Fold(from: 9, into: 5)])
        // A sentence's words are not a fuller name to fold into.
        #expect(
            EntitySettling.folds([
                Entry(id: 1, name: "Brandt", curated: false), Entry(id: 2, name: "The Brandt", curated: false),
            ]).isEmpty)
    }
}
