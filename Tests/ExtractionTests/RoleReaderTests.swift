import HearsayModel
import HearsayText
import Testing

@testable import Extraction

@Suite struct RoleReaderTests {
    /// The roles of the first occurrence of `name` in `text`.
    private func roles(_ name: String, in text: String) -> [Role] {
        let doc = Document(text: text)
        let t = Array(text.unicodeScalars)
        let n = Array(name.unicodeScalars)
        var start = 0
        while start + n.count <= t.count, Array(t[start..<(start + n.count)]) != n { start += 1 }
        return RoleReader.roles(of: TextSpan(start: start, end: start + n.count), in: doc).map(\.role)
    }

    @Test func readsATitleWithItsCountry() {
        let r = roles("Karim Otani", in: "Freedonian President Karim Otani called the strike unlawful.")
        #expect(r == [Role(title: "President", country: "Freedonia")] || r.first?.title == "President")
        #expect(RoleReader.read("Iraqi President") == Role(title: "President", country: "Iraq"))
        #expect(RoleReader.read("acting Iraqi prime minister")?.title == "prime minister")
        #expect(RoleReader.read("Secretary of State")?.title == "Secretary of State")
        #expect(RoleReader.read("U.S. Defense Secretary") == Role(title: "Defense Secretary", country: "US"))
    }

    @Test func readsAnOrganisationInFrontOfTheTitle() {
        let r = RoleReader.read("US Coast Corps Brig. Gen.")
        #expect(r?.organisation == "US Coast Corps")
        #expect(r?.country == "US")
        #expect(RoleReader.read("Iranian government spokesman")?.title == "spokesman")
        #expect(RoleReader.read("Iranian government spokesman")?.organisation == "Iranian government")
    }

    @Test func readsAnAppositiveWithItsOrganisation() {
        let r = roles(
            "Ada Pell",
            in:
                "The talks will stall, said Ada Pell, director of the Tide Project at the Oslo-based Harbour Institute think tank. Then she left."
        )
        #expect(r == [Role(title: "director of the Tide Project", organisation: "Harbour Institute")])
        let h = roles(
            "Omar Tamimi",
            in: "said Omar Tamimi, deputy head of the Coastal Defence Units, of which the Red Brigade is a part.")
        #expect(h == [Role(title: "deputy head", organisation: "Coastal Defence Units")])
    }

    @Test func readsSpokespeople() {
        let a = roles(
            "Col. Ivo Brandt", in: "warning of trouble, Col. Ivo Brandt, a spokesman for Lena Worthing, told reporters."
        )
        #expect(a.contains(Role(title: "spokesman", principal: "Lena Worthing")))
        #expect(a.contains { $0.title == "Col." })
        let b = roles("Ivo Brandt", in: "Worthing's spokesman, Ivo Brandt, told reporters.")
        #expect(b == [Role(title: "spokesman", principal: "Worthing")])
        let c = roles("Ivo Brandt", in: "said Ivo Brandt, a spokesman for the Freedonian Foreign Ministry.")
        #expect(c == [Role(title: "spokesman", organisation: "Freedonian Foreign Ministry")])
    }

    @Test func ignoresClausesThatAreNotRoles() {
        #expect(roles("Ada Pell", in: "Ada Pell, who left in May, said so.").isEmpty)
        #expect(roles("Ada Pell", in: "On Monday Ada Pell said so.").isEmpty)
        #expect(RoleReader.read("on Monday") == nil)
    }

    @Test func aRoleWordResolvesToTheRoleHeld() {
        let pm = Role(title: "prime minister", country: "Freedonia")
        #expect(RoleReader.describes("the PM", pm))
        #expect(RoleReader.describes("the country's outgoing prime minister", pm))
        #expect(!RoleReader.describes("the Iraqi PM", pm))
        #expect(RoleReader.describes("the defense secretary", Role(title: "Secretary of Defense")))
        #expect(!RoleReader.describes("the spokesman", pm))
    }
}

@Suite struct RoleApplyTests {
    @Test func copiesRolesAndOrganisationsIntoTheSpeakerOnce() {
        let doc = Document(text: "said Ada Pell, director of the Tide Project at the Harbour Institute.")
        let mentions = RoleReader.roles(of: TextSpan(start: 5, end: 13), in: doc)
        var speaker = Speaker(name: "Ada Pell", kind: .person)
        RoleReader.apply(mentions, to: &speaker)
        RoleReader.apply(mentions, to: &speaker)
        #expect(speaker.roles == ["director of the Tide Project"])
        #expect(speaker.organisations == ["Harbour Institute"])
        #expect(Role(title: "President", country: "Freedonia").label == "president (Freedonia)")
        #expect(Role(title: "Director of the Tide Project").label == "director of the Tide Project")
    }
}

@Suite struct RoleNormalisationTests {
    @Test func oneRoleWrittenSeveralWaysIsOneRole() {
        let roles = RoleReader.normalizedRoles(["Iraqi PM", "Iraqi Prime Minister", "Prime Minister", "prime minister"])
        #expect(roles == ["prime minister (Iraq)"])
        #expect(RoleReader.normalizedRoles(["Mayor", "mayor"]) == ["mayor"])
        #expect(RoleReader.normalizedRoles(["Brig. Gen."]) == ["brigadier general"])
        #expect(RoleReader.normalizedRoles(["director of the Tide Project"]) == ["director of the Tide Project"])
    }
}
