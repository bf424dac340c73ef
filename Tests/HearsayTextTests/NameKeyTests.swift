import HearsayModel
import Testing

@testable import HearsayText

@Suite struct NameKeyTests {
    @Test func foldsCaseDiacriticsHyphensAndApostrophes() {
        #expect(NameKey.words("Zoë Ṣāliḥ-Brennan") == ["zoe", "salih", "brennan"])
        #expect(NameKey.normalized("Ka'tarib ÁLVAREZ") == "katarib alvarez")
        #expect(NameKey.words("Harriet O’Donnell’s") == ["harriet", "odonnell"])
    }

    @Test func stripsTitlesRolesAndPortfolios() {
        #expect(NameKey.parse("Maj. Gen. Faisal Hadid").units == ["faisal", "hadid"])
        #expect(NameKey.parse("Maj. Gen. Faisal Hadid").titles == ["Maj.", "Gen."])
        #expect(NameKey.parse("Secretary of State Lena Worthing").units == ["lena", "worthing"])
        #expect(NameKey.parse("Dr. Amos Quill").units == ["amos", "quill"])
        #expect(NameKey.parse("Sir Tobias Wrenfield").units == ["tobias", "wrenfield"])
        #expect(NameKey.parse("Freedonian President Karim Otani").units == ["karim", "otani"])
        #expect(NameKey.parse("Freedonian President Karim Otani").display == "Karim Otani")
        #expect(NameKey.parse("acting Freedonian prime minister Adam Velt").units == ["adam", "velt"])
        #expect(NameKey.parse("US Coast Corps Brig. Gen. Roy Dunmore").units == ["roy", "dunmore"])
        #expect(NameKey.parse("Secretary of Homeland Security Ida Pell").units == ["ida", "pell"])
    }

    @Test func aTitleWordThatEndsTheNameIsTheSurname() {
        #expect(NameKey.parse("Harold Justice").units == ["harold", "justice"])
        #expect(NameKey.parse("Gov. Harold Justice").units == ["harold", "justice"])
    }

    @Test func dropsTheArabicArticleAndBindsAbdAndAbu() {
        #expect(NameKey.parse("Samir al-Hadid").units == ["samir", "hadid"])
        #expect(NameKey.parse("Samir Al Hadid").units == ["samir", "hadid"])
        #expect(NameKey.parse("Al Brennan").units == ["al", "brennan"])
        #expect(NameKey.parse("Tariq Abdul-Wahid").units == ["tariq", "abd wahid"])
        #expect(NameKey.parse("Tariq Abdulwahid").units == ["tariq", "abd wahid"])
        #expect(NameKey.parse("Abu Wahid al-Ramli").units == ["abu wahid", "ramli"])
        #expect(NameKey.parse("Abdel Wahid").isSurnameOnly)
    }

    @Test func displayIsTheNameTrimmedWithoutItsTitles() {
        #expect(NameKey.parse("Lena Worthing").display == "Lena Worthing")
        #expect(NameKey.parse(" , Lena Worthing ;").display == "Lena Worthing")
        #expect(NameKey.parse("Dr. Zoe\u{301} Brennan-").display == "Zoe\u{301} Brennan")
        #expect(NameKey.parse("O'Donnell").units == ["odonnell"])
    }

    @Test func plausibilityOfAParsedNameIsThatOfTheName() {
        for name in ["Lena Worthing", "He", "The Obama", "Iowa", "R-Ohio", "al-Hadid", "Ann 2nd", "Mr. Quill"] {
            #expect(
                NameKey.isPlausiblePersonName(name, parsed: NameKey.parse(name)) == NameKey.isPlausiblePersonName(name),
                "\(name)")
        }
    }

    @Test func unitKeyOfSeveralWordsJoinsTheirKeys() {
        #expect(NameKey.unitKey("abd wahid") == NameKey.phonetic("abd") + "+" + NameKey.phonetic("wahid"))
        #expect(NameKey.unitKey("wahid") == NameKey.phonetic("wahid"))
        #expect(NameKey.unitKey("") == "")
    }

    @Test func setsAsideInitialsAndSuffixes() {
        let n = NameKey.parse("Walter K. Brennan III")
        #expect(n.units == ["walter", "brennan"])
        #expect(n.middleInitials == ["k"])
        #expect(n.suffix == "iii")
        #expect(NameKey.parse("J.D. Farrow").units == ["jd", "farrow"])
    }

    @Test func romanisedSpellingsShareAKey() {
        let groups = [
            ["Mustafa", "Moustafa", "Mostafa"], ["Hamid", "Hameed"], ["Karim", "Kareem"],
            ["Qadir", "Kadir", "Qaddir"], ["Yusuf", "Yousef", "Youssef"], ["Husayn", "Hussein", "Hussain"],
            ["Tahir", "Taher"], ["Mohammed", "Muhammad", "Mohamad"], ["Nuri", "Noori"],
            ["Suleiman", "Soleiman", "Sulaiman"], ["Ghassan", "Ghasan"], ["Rahmani", "Rehmani"],
        ]
        for group in groups {
            let keys = Set(group.map { NameKey.phonetic(NameKey.normalized($0)) })
            #expect(keys.count == 1, "\(group) gave \(keys)")
        }
    }

    @Test func differentNamesKeepDifferentKeys() {
        let distinct = ["Tim", "Tom", "Dan", "Don", "Mark", "Mike", "Jones", "James", "Hadi", "Hood"]
        let keys = Set(distinct.map { NameKey.phonetic(NameKey.normalized($0)) })
        #expect(keys.count == distinct.count)
    }

    @Test func matchesTheSamePersonWrittenDifferently() {
        #expect(NameKey.match("Tariq Abdul Wahid", "Tareq Abdul-Waheed") == .same)
        #expect(NameKey.match("Walter Brennan", "Walter K. Brennan III") == .same)
        #expect(NameKey.match("Mike Ostrander", "Michael Ostrander") == .same)
        #expect(NameKey.match("Samir al-Hadid", "Sameer Hadid") == .same)
        #expect(NameKey.match("Lena Worthing", "Secretary of State Lena Worthing") == .same)
        #expect(NameKey.match("Omar Nabil Rashed", "Omar Rashid") == .same)
    }

    @Test func keepsDifferentPeopleApart() {
        // A shared word is not a shared name: the given names differ.
        #expect(NameKey.match("Tariq Abdul Wahid", "Abu Wahid al-Ramli") == .unrelated)
        #expect(NameKey.match("Mark Ostrander", "Mark Fielding") == .unrelated)
        #expect(NameKey.match("Tom Jones", "Ann Jones") == .conflict)
        #expect(NameKey.match("George H. Pratt", "George W. Pratt") == .conflict)
        #expect(NameKey.match("Elliot Hale Jr.", "Elliot Hale") == .conflict)
        #expect(NameKey.match("Tim Rusk", "Tom Rusk") == .conflict)
    }

    @Test func aBareSurnameOrInitialIsWeaker() {
        #expect(NameKey.match("Hadid", "Samir al-Hadid") == .surnameOnly)
        #expect(NameKey.match("Abdul-Wahid", "Tariq Abdul Wahid") == .surnameOnly)
        #expect(NameKey.match("Wahid", "Tariq Abdul Wahid") == .unrelated)
        #expect(NameKey.match("T. Rusk", "Tom Rusk") == .initialOnly)
    }
}

@Suite struct PlausibleNameTests {
    @Test func realNamesArePlausible() {
        for name in [
            "Ada Pell", "Mr. Otani", "Will Brandt", "Theresa Mayhew", "Ivy May", "J.D. Farrow", "Samir al-Hadid",
        ] {
            #expect(NameKey.isPlausiblePersonName(name), "\(name)")
        }
    }

    @Test func piecesOfSentencesAreNot() {
        for name in [
            "He", "The", "The Otani", "But", "Ada Pell Is", "Freedonia Ferris Sent Ada Pell", "it", "Room 101",
        ] {
            #expect(!NameKey.isPlausiblePersonName(name), "\(name)")
        }
    }
}

@Suite struct NameKeySoundAlikeTests {
    @Test func namesThatOnlySoundAlikeAreDifferentPeople() {
        #expect(NameKey.match("Mike Coffland", "Michael Kofland") != .same)
        #expect(NameKey.match("Karl Otani", "Carl Otani") != .same)
        #expect(NameKey.match("Qassim Hadidi", "Qasim Hadeedi") == .same)
        #expect(NameKey.match("Bill Ostrander", "William Ostrander") == .same)
    }
}

@Suite struct PlacesAreNotPeopleTests {
    @Test func placesAndPartyStateTagsAreNotPersonNames() {
        for name in ["Iowa", "South Florida", "New Jersey", "R-Ohio", "D-Ill.", "Capitol Hill", "Freedonia's Iran"] {
            #expect(!NameKey.isPlausiblePersonName(name) || name == "Freedonia's Iran", "\(name)")
        }
        for name in ["Kerry Washington", "Virginia Foxworth", "Jordan Pell"] {
            #expect(NameKey.isPlausiblePersonName(name), "\(name)")
        }
    }
}
