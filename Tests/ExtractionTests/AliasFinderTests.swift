import HearsayModel
import HearsayText
import Testing

@testable import Extraction

@Suite struct AliasFinderTests {
    private func pairs(_ text: String) -> [String] {
        AliasFinder.find(in: text).map { "\($0.nameText ?? "?") = \($0.aliasText) [\($0.form.rawValue)]" }
    }

    @Test func readsParentheticalAliases() {
        #expect(
            pairs("A senior commander, Omar Tamimi (also, Abu Karim al-Basri), spoke on Sunday.")
                == ["Omar Tamimi = Abu Karim al-Basri [parenthetical]"])
        #expect(
            pairs("Lena Worthing (a.k.a. The Harbourmaster) denied it.")
                == ["Lena Worthing = The Harbourmaster [parenthetical]"])
        #expect(pairs("Ivo Brandt (also known as Ivo Branski) left.") == ["Ivo Brandt = Ivo Branski [parenthetical]"])
    }

    @Test func readsNomDeGuerreAndRealName() {
        #expect(
            pairs("The raid killed Samir Hadid, better known by his nom de guerre, Abu Layla al-Tarsi.")
                == ["Samir Hadid = Abu Layla al-Tarsi [nomDeGuerre]"])
        #expect(
            pairs("Abu Layla al-Tarsi, whose real name is Samir Hadid, was there.")
                == ["Abu Layla al-Tarsi = Samir Hadid [realName]"])
        #expect(
            pairs("Gen. Karl Otani, also known as Red Karl, resigned.")
                == ["Karl Otani = Red Karl [alsoKnownAs]"])
        #expect(
            pairs("They met Samir Hadid, who is better known as Abu Layla.")
                == ["Samir Hadid = Abu Layla [alsoKnownAs]"])
    }

    @Test func leavesAPronounSubjectToTheCaller() {
        let found = AliasFinder.find(
            in: "He is a close ally of Freedonia who is better known by his nom de guerre, Abu Layla.")
        #expect(found.count == 1)
        #expect(found.first?.name == nil)
        #expect(found.first?.aliasText == "Abu Layla")
    }

    @Test func readsAcronymsDefinedInParentheses() {
        #expect(pairs("The Northern Defence Brigades (NDB) said so.") == ["Northern Defence Brigades = NDB [acronym]"])
        #expect(
            pairs("Freedonia's Council of Water Ministers (CWM) met.") == ["Council of Water Ministers = CWM [acronym]"]
        )
        #expect(
            pairs("One of the Harbour Watch Units (HWU) commanders spoke.") == ["Harbour Watch Units = HWU [acronym]"])
    }

    @Test func ignoresParenthesesThatAreNotAliases() {
        #expect(pairs("The vote (held on Monday) passed. The Big Bank (NYSE) fell.").isEmpty)
        #expect(pairs("Prices rose (also in March) and fell.").isEmpty)
    }

    @Test func offsetsPointIntoTheOriginalText() {
        let text = "Zoë Ærland (aka Zed) waved."
        let doc = Document(text: text)
        let found = AliasFinder.find(in: doc)
        #expect(found.count == 1)
        if let f = found.first, let name = f.name {
            #expect(doc.text(name) == "Zoë Ærland")
            #expect(doc.text(f.alias) == "Zed")
        }
    }
}
