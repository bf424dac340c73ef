import HearsayModel

/// Folds name text to plain lowercase ASCII letters, one scalar at a time, so that
/// "Salih", "SALIH" and "Ṣāliḥ" compare equal. Used by ``NameKey`` and the organisation keys.
package enum NameFolding {
    /// The lowercase ASCII letters `scalar` stands for ("é" → "e", "Æ" → "ae", "ß" → "ss"),
    /// "" for marks that carry no letter (apostrophes, ayn signs, combining accents), or nil
    /// when the scalar is not a letter at all (a separator).
    package static func letters(_ scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        switch v {
        case 0x41...0x5A: return String(Unicode.Scalar(v + 32) ?? scalar)
        case 0x61...0x7A, 0x30...0x39: return String(scalar)
        case 0x27, 0x2019, 0x2018, 0x02BC, 0x02BE, 0x02BF, 0x0060, 0x00B4: return ""
        case 0x0300...0x036F: return ""
        case 0xC0...0xFF: return latin1[Int(v - 0xC0)]
        case 0x100...0x17F: return extendedA(v)
        case 0x1E00...0x1EFF:
            // Latin Extended Additional (ḥ, ṣ, ạ ...): the base letter is ASCII for most.
            return extendedAdditional(v)
        default:
            return scalar.properties.isAlphabetic ? String(scalar).lowercased() : nil
        }
    }

    private static let latin1: [String?] = [
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", nil, "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        "d", "n", "o", "o", "o", "o", "o", nil, "o", "u", "u", "u", "u", "y", "th", "y",
    ]

    private static func extendedA(_ v: UInt32) -> String {
        switch v {
        case 0x100...0x105: return "a"
        case 0x106...0x10D: return "c"
        case 0x10E...0x111: return "d"
        case 0x112...0x11B: return "e"
        case 0x11C...0x123: return "g"
        case 0x124...0x127: return "h"
        case 0x128...0x131: return "i"
        case 0x132...0x133: return "ij"
        case 0x134...0x135: return "j"
        case 0x136...0x138: return "k"
        case 0x139...0x142: return "l"
        case 0x143...0x14B: return "n"
        case 0x14C...0x151: return "o"
        case 0x152...0x153: return "oe"
        case 0x154...0x159: return "r"
        case 0x15A...0x161: return "s"
        case 0x162...0x167: return "t"
        case 0x168...0x173: return "u"
        case 0x174...0x175: return "w"
        case 0x176...0x178: return "y"
        default: return "z"
        }
    }

    private static let additionalBases: [(UInt32, String)] = [
        (0x1E00, "a"), (0x1E02, "b"), (0x1E08, "c"), (0x1E0A, "d"), (0x1E14, "e"), (0x1E1E, "f"),
        (0x1E20, "g"), (0x1E22, "h"), (0x1E2C, "i"), (0x1E30, "k"), (0x1E36, "l"), (0x1E3E, "m"),
        (0x1E44, "n"), (0x1E4C, "o"), (0x1E54, "p"), (0x1E58, "r"), (0x1E60, "s"), (0x1E6A, "t"),
        (0x1E72, "u"), (0x1E7C, "v"), (0x1E80, "w"), (0x1E8A, "x"), (0x1E8E, "y"), (0x1E90, "z"),
        (0x1E96, "h"), (0x1E97, "t"), (0x1E98, "w"), (0x1E99, "y"), (0x1E9A, "a"), (0x1E9B, "s"),
        (0x1EA0, "a"), (0x1EB8, "e"), (0x1EC8, "i"), (0x1ECC, "o"), (0x1EE4, "u"), (0x1EF2, "y"),
    ]

    private static func extendedAdditional(_ v: UInt32) -> String {
        var result = "a"
        for (start, base) in additionalBases where v >= start { result = base }
        return result
    }

    /// Splits `text` into folded lowercase words: letters and digits run together, apostrophes
    /// and accents vanish inside a word ("Kata'ib" → "kataib"), and anything else separates.
    /// Each word comes with whether a hyphen joined it to the next one ("al-Sadr").
    package static func words(_ text: String) -> [(word: String, hyphenAfter: Bool, dotAfter: Bool)] {
        var out: [(String, Bool, Bool)] = []
        // The current word as UTF-8. A possessive "s" after an apostrophe is held as the byte 0x01
        // until more letters show it belongs to the word ("Kata'ib" → "kataib", "Pell's" → "pell").
        let held: UInt8 = 0x01
        var current: [UInt8] = []
        current.reserveCapacity(24)
        var pendingApostrophe = false
        func flush(hyphen: Bool, dot: Bool) {
            if current.last == held { current.removeLast() }
            if !current.isEmpty { out.append((String(decoding: current, as: UTF8.self), hyphen, dot)) }
            current.removeAll(keepingCapacity: true)
        }
        func append(_ bytes: some Sequence<UInt8>, isS: Bool) {
            if pendingApostrophe, isS {
                pendingApostrophe = false
                current.append(held)
                return
            }
            pendingApostrophe = false
            if current.last == held {
                current.removeLast()
                current.append(0x73)
            }
            current.append(contentsOf: bytes)
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                // ASCII without building a String per scalar; the same answers as `letters(_:)`.
                if v &- 0x41 < 26 {
                    append(CollectionOfOne(UInt8(v + 32)), isS: v == 0x53)
                    continue
                }
                if v &- 0x61 < 26 || v &- 0x30 < 10 {
                    append(CollectionOfOne(UInt8(v)), isS: v == 0x73)
                    continue
                }
                if v == 0x27 || v == 0x60 {
                    pendingApostrophe = !current.isEmpty
                    continue
                }
            } else if let letters = letters(scalar) {
                if letters.isEmpty {
                    pendingApostrophe = !current.isEmpty
                    continue
                }
                append(letters.utf8, isS: letters == "s")
                continue
            }
            pendingApostrophe = false
            switch v {
            case 0x2D, 0x2010, 0x2011, 0x2013: flush(hyphen: true, dot: false)
            case 0x2E: flush(hyphen: false, dot: true)
            default: flush(hyphen: false, dot: false)
            }
        }
        flush(hyphen: false, dot: false)
        return out
    }
}
