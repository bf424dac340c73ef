import Extraction
import HearsayModel
import Testing

@testable import Linking

@Suite struct EntityLinkerTests {
    @Test func linksTheSamePersonSpelledDifferentlyAcrossArticles() {
        var h = LinkingHarness()
        let a = h.add(person("Tariq Abdul Wahid", ["Abdul Wahid"]), article: "1")
        #expect(h.add(person("Tareq Abdul-Waheed"), article: "2") == a)
        #expect(h.add(person("Prime Minister Tariq Abdul-Wahid"), article: "3") == a)
        let b = h.add(person("Walter K. Brennan III"), article: "1")
        #expect(h.add(person("Walter Brennan", ["Brennan"]), article: "2") == b)
        let c = h.add(person("Mike Ostrander"), article: "1")
        #expect(h.add(person("Michael Ostrander"), article: "2") == c)
        #expect(h.evidence.allSatisfy { $0.contains("[article") })
    }

    @Test func linksThroughStatedAliases() {
        var h = LinkingHarness()
        // Article 1 names him by his real name and states the nom de guerre; article 2 uses only the nom de guerre.
        let a = h.add(person("Samir Hadid", ["Abu Layla al-Tarsi", "Hadid"]), article: "1")
        #expect(h.add(person("Abu Layla al-Tarsy"), article: "2") == a)
        #expect(h.evidence.last?.contains("alias") == true)
    }

    @Test func keepsPeopleWhoShareAWordApart() {
        var h = LinkingHarness()
        let pm = h.add(person("Tariq Abdul Wahid", ["Abdul Wahid"]), article: "1")
        let commander = h.add(person("Abu Wahid al-Ramli", ["al-Ramli"]), article: "1")
        #expect(pm != commander)
        #expect(h.add(person("Abu Wahid al-Ramly"), article: "2") == commander)
        #expect(h.add(person("Tareq Abdul-Wahid"), article: "2") == pm)
        let mark = h.add(person("Mark Ostrander"), article: "1")
        #expect(h.add(person("Mark Fielding"), article: "2") != mark)
    }

    @Test func twoJonesesInOneArticleStayTwo() {
        var h = LinkingHarness()
        let tom = h.add(person("Tom Jones", ["Jones"]), article: "1")
        let ann = h.add(person("Ann Jones"), article: "1")
        #expect(tom != ann)
        // A bare "Jones" later fits both: it links to neither.
        let bare = h.add(person("Jones"), article: "2")
        #expect(bare != tom && bare != ann)
        #expect(h.add(person("Thomas Jones"), article: "3") == tom)
    }

    @Test func aBareSurnameLinksWhenUnambiguous() {
        var h = LinkingHarness()
        let ada = h.add(
            person("Ada Pell", roles: ["director of the Tide Project"], orgs: ["Harbour Institute"]), article: "1")
        #expect(h.add(person("Pell", roles: ["director of the Tide Project"]), article: "2") == ada)
        #expect(h.evidence.last?.contains("surname") == true)
    }

    @Test func anInitialNeedsASharedRole() {
        var h = LinkingHarness()
        let ada = h.add(person("Ada Pell", roles: ["Senator"], orgs: ["Harbour Institute"]), article: "1")
        var other = h
        #expect(other.add(person("A. Pell"), article: "2") != ada)
        #expect(h.add(person("A. Pell", roles: ["Senator"]), article: "3") == ada)
    }

    @Test func fatherAndSonStayApart() {
        var h = LinkingHarness()
        let father = h.add(person("Elliot Hale"), article: "1")
        #expect(h.add(person("Elliot Hale Jr."), article: "2") != father)
    }

    @Test func curatorRejectionsAreHonoured() {
        let linker = EntityLinker()
        let entity = KnownEntity(id: 7, name: "Karl Otani", kind: .person, rejected: ["Carl Otani"])
        let candidate = EntityCandidate(speaker: person("Carl Otani"), article: "9", date: nil)
        #expect(linker.link(candidate, among: [entity]) == .new)
        let other = EntityCandidate(speaker: person("Karl Otani"), article: "9", date: nil)
        #expect(linker.link(other, among: [entity]) != .new)
    }

    @Test func anonymousSourcesNeverLink() {
        var h = LinkingHarness()
        let a = h.add(Speaker(name: "a senior official", kind: .unknown), article: "1")
        #expect(h.add(Speaker(name: "a senior official", kind: .unknown), article: "2") != a)
    }

    @Test func organisationsLinkByTheirAliasesAndAcronyms() {
        var h = LinkingHarness()
        let iran = h.add(Speaker(name: "Iran's Foreign Ministry", kind: .organisation), article: "1")
        #expect(h.add(Speaker(name: "the Iranian Foreign Ministry", kind: .organisation), article: "2") == iran)
        #expect(h.add(Speaker(name: "Ministry of Foreign Affairs of Iran", kind: .organisation), article: "3") == iran)
        let forces = h.add(
            Speaker(name: "Northern Defence Forces", kind: .organisation, aliases: ["NDF"]), article: "1")
        #expect(h.add(Speaker(name: "NDF", kind: .organisation), article: "2") == forces)
        #expect(h.add(Speaker(name: "Northern Defence Units", kind: .organisation), article: "3") == forces)
        #expect(h.add(Speaker(name: "Southern Defence Forces", kind: .organisation), article: "3") != forces)
    }

    @Test func lookupKeysIgnoreSpellingTitlesAndInitials() {
        #expect(
            EntityLinker.lookupKeys(for: ["Mark T. Ostrander"]) == EntityLinker.lookupKeys(for: ["Gen. Mark Ostrander"])
        )
        #expect(
            EntityLinker.lookupKeys(for: ["Adil Abdul-Wahid"]) == EntityLinker.lookupKeys(for: ["Adel Abdul Wahid"]))
        #expect(EntityLinker.lookupKeys(for: ["Kata'ib al-Nur"]) == EntityLinker.lookupKeys(for: ["Kitaeb al-Noor"]))
    }
}

@Suite struct LinkerGuardTests {
    @Test func aPronounOrSentencePieceIsNeverLinked() {
        var h = LinkingHarness()
        let a = h.add(person("He"), article: "1")
        #expect(h.add(person("He"), article: "2") != a)
        let pell = h.add(person("Ada Pell"), article: "1")
        #expect(h.add(person("Ferris Sent Ada Pell", ["Ada Pell"]), article: "2") != pell)
    }

    @Test func onlyAFullerFormOfTheSameNameRenamesAnEntity() {
        #expect(EntityLinker.isFullerName("Ada Pell", than: "Pell", kind: .person))
        #expect(EntityLinker.isFullerName("Ada Rose Pell", than: "Pell", kind: .person))
        #expect(!EntityLinker.isFullerName("Ada Rose Pell", than: "Ada Pell", kind: .person))
        #expect(!EntityLinker.isFullerName("Ada T. Pell", than: "Ada Pell", kind: .person))
        #expect(!EntityLinker.isFullerName("Freedonia Ferris Sent Ada Pell", than: "Ada Pell", kind: .person))
        #expect(!EntityLinker.isFullerName("Bob Pell", than: "Ada Pell", kind: .person))
    }
}

@Suite struct LinkerDuplicateTests {
    @Test func twoEntitiesOfOneNameAreNotATie() {
        let linker = EntityLinker()
        let known = [
            KnownEntity(id: 1, name: "Mr. Otani", kind: .person), KnownEntity(id: 2, name: "Mr. Otani", kind: .person),
        ]
        let candidate = EntityCandidate(speaker: person("Mr. Otani"), article: "x", date: nil)
        guard case .existing(let id, _) = linker.link(candidate, among: known) else {
            Issue.record("not linked")
            return
        }
        #expect(id == 1)
    }
}

@Suite struct LinkerNamesakeTests {
    @Test func aFullNameDoesNotTakeOverABareSurnameWhenANamesakeIsKnown() {
        var h = LinkingHarness()
        let ted = h.add(person("Ted Otani"), article: "1")
        let ann = h.add(person("Ann Otani"), article: "1")
        // A bare "Otani" fits both: a new entity.
        let bare = h.add(person("Otani"), article: "2")
        #expect(bare != ted && bare != ann)
        // "Carla Otani" later must not be linked into the bare "Otani", which may be Ted or Ann.
        #expect(h.add(person("Carla Otani"), article: "3") != bare)
    }
}

@Suite struct LinkerSurnameSpellingTests {
    @Test func aShortBareSurnameMustBeSpelledTheSame() {
        var h = LinkingHarness()
        let abbott = h.add(person("Greta Abbott"), article: "1")
        #expect(h.add(person("About"), article: "2") != abbott)
        #expect(h.add(person("Abbott"), article: "3") == abbott)
        // A long surname spelled another way links only with a shared role.
        let long = h.add(person("Karim al-Muhandis", roles: ["commander"]), article: "1")
        var other = h
        #expect(other.add(person("al-Mohandes"), article: "4") != long)
        #expect(h.add(person("al-Mohandes", roles: ["commander"]), article: "4") == long)
    }

    @Test func aHeadlineFragmentEntityAttractsNobody() {
        var h = LinkingHarness()
        let fragment = h.add(person("Is Rebecca Pell", ["Pell"]), article: "1")
        #expect(h.add(person("Betty Pell"), article: "2") != fragment)
    }
}

@Suite struct LinkerRolePeriodTests {
    @Test func aRoleCountsOnlyInTheSamePeriod() {
        let linker = EntityLinker()
        var entity = KnownEntity(id: 3, name: "Ada Pell", kind: .person, roles: ["Senator"])
        entity.held = [HeldRole(role: "Senator", organisation: nil, date: "2010-02-01")]
        let late = EntityCandidate(speaker: person("A. Pell", roles: ["Senator"]), article: "x", date: "2020-06-01")
        #expect(linker.link(late, among: [entity]) == .new)
        let soon = EntityCandidate(speaker: person("A. Pell", roles: ["Senator"]), article: "y", date: "2010-09-01")
        #expect(linker.link(soon, among: [entity]) != .new)
    }
}

@Suite struct OrganisationShortFormTests {
    @Test func anArticlesShortFormDoesNotLinkOrganisations() {
        var h = LinkingHarness()
        let party = h.add(Speaker(name: "Freedonian Labour Party", kind: .organisation), article: "1")
        let county = h.add(
            Speaker(name: "Elm County Labour Party", kind: .organisation, aliases: ["Labour Party"]), article: "2")
        #expect(county != party)
        let times = h.add(Speaker(name: "Harbour Times", kind: .organisation, aliases: ["Times"]), article: "3")
        let other = h.add(Speaker(name: "Valley Times", kind: .organisation, aliases: ["Times"]), article: "4")
        #expect(other != times)
        // A bare "Times" fits both papers: it links to neither.
        let bare = h.add(Speaker(name: "Times", kind: .organisation), article: "5")
        #expect(bare != times && bare != other)
        // A stated acronym still links.
        let league = h.add(Speaker(name: "Young Harbour League", kind: .organisation, aliases: ["YHL"]), article: "6")
        #expect(h.add(Speaker(name: "YHL", kind: .organisation), article: "7") == league)
    }
}

@Suite struct NameDesignatesTests {
    @Test func aTypedNameDesignatesOnlyItsPeople() {
        let saleh = ["Karim Saleh", "Karim Salih"]
        let seely = ["William Seely", "Seely"]
        #expect(EntityLinker.nameDesignates("Salih", names: saleh))
        #expect(!EntityLinker.nameDesignates("Salih", names: seely))
        #expect(EntityLinker.nameDesignates("Abdul-Wahid", names: ["Tariq Abdul Wahid"]))
        #expect(!EntityLinker.nameDesignates("Wahid", names: ["Tariq Abdul Wahid"]))
        #expect(EntityLinker.nameDesignates("al-Mohandes", names: ["Abu Wahid al-Muhandis"]))
        #expect(EntityLinker.nameDesignates("Tareq Abdul-Waheed", names: ["Tariq Abdul Wahid"]))
        #expect(!EntityLinker.nameDesignates("Ann Jones", names: ["Tom Jones", "Jones"]))
        #expect(EntityLinker.nameDesignates("the Iranian Foreign Ministry", names: ["Iran’s Foreign Ministry"]))
    }
}

@Suite struct LinkerRoleTieTests {
    @Test func aSurnameWithARoleGoesToThePersonHoldingIt() {
        var h = LinkingHarness()
        let karl = h.add(person("Karl Otani", roles: ["President"]), article: "1")
        let bare = h.add(person("Otani"), article: "2")
        #expect(bare == karl)
        var other = LinkingHarness()
        let ann = other.add(person("Ann Otani", roles: ["President"]), article: "1")
        let ted = other.add(person("Ted Otani", roles: ["Senator"]), article: "1")
        #expect(other.add(person("Otani", roles: ["Senator"]), article: "2") == ted)
        #expect(other.add(person("Otani", roles: ["President"]), article: "3") == ann)
        // Two people who both held the role: no way to tell.
        _ = other.add(person("Bob Otani", roles: ["President"]), article: "4")
        let unsure = other.add(person("Otani", roles: ["President"]), article: "5")
        #expect(unsure != ann)
    }
}

@Suite struct LinkerNamesakeAliasTests {
    @Test func aNamesakeGivenAsAnAliasIsNoEvidence() {
        var h = LinkingHarness()
        let father = h.add(person("George H.W. Pratt", ["George W. Pratt"]), article: "1")
        #expect(h.add(person("George W. Pratt"), article: "2") != father)
    }
}

@Suite struct LinkerBareWordTests {
    @Test func aBareWordLinksOnlyAsAnAddressedSurnameOrWithARole() {
        var h = LinkingHarness()
        let a = h.add(person("Spring"), article: "1")
        #expect(h.add(person("Spring"), article: "2") != a)
        let king = h.add(person("Mr. Kingsley"), article: "1")
        #expect(h.add(person("Mr. Kingsley"), article: "2") == king)
    }
}

@Suite struct LinkerAttestedSurnameTests {
    @Test func aBareSurnameOfKnownPeopleLinksToItsBareEntity() {
        var h = LinkingHarness()
        _ = h.add(person("Ann Otani"), article: "1")
        _ = h.add(person("Ted Otani"), article: "1")
        let bare = h.add(person("Otani"), article: "2")
        #expect(h.add(person("Otani"), article: "3") == bare)
    }
}

@Suite struct LinkerAmbiguousBareTests {
    @Test func bareSurnamesThatFitSeveralPeopleGatherInOneBareEntity() {
        var h = LinkingHarness()
        _ = h.add(person("Ann Otani", roles: ["mayor"]), article: "1")
        _ = h.add(person("Ted Otani", roles: ["mayor"]), article: "1")
        let bare = h.add(person("Otani", roles: ["mayor"]), article: "2")
        #expect(h.add(person("Otani", roles: ["mayor"]), article: "3") == bare)
    }
}
