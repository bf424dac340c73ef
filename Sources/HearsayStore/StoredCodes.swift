import Extraction
import HearsayModel
import SQLiteLayer

/// How quotes, claims and article speakers store their kind and confidence, written in Swift and
/// read back in SQL: a kind is a small integer (schema 5); a confidence is the REAL from 0 to 1
/// itself (schema 14; before it, thousandths were stored as integers wherever that was exact).
enum StoredCodes {
    /// 0 direct, 1 partial, 2 reported.
    static func code(_ kind: QuoteKind) -> Int64 {
        switch kind {
        case .direct: return 0
        case .partial: return 1
        case .reported: return 2
        }
    }

    /// 0 stated, 1 reported.
    static func code(_ kind: ClaimKind) -> Int64 {
        switch kind {
        case .stated: return 0
        case .reported: return 1
        }
    }

    /// 0 person, 1 organisation, 2 group, 3 unknown, 4 place (article speakers).
    static func code(_ kind: SpeakerKind) -> Int64 {
        switch kind {
        case .person: return 0
        case .organisation: return 1
        case .group: return 2
        case .unknown: return 3
        case .place: return 4
        }
    }

    /// The speaker kind's name from its code in `column`; NULL when it is NULL (no speaker row).
    static func speakerKindSQL(_ column: String) -> String {
        "CASE \(column) WHEN 0 THEN 'person' WHEN 1 THEN 'organisation' WHEN 2 THEN 'group' WHEN 3 THEN 'unknown' "
            + "WHEN 4 THEN 'place' END"
    }

    /// The quote kind's name from its code in `column`.
    static func quoteKindSQL(_ column: String) -> String {
        "CASE \(column) WHEN 0 THEN 'direct' WHEN 1 THEN 'partial' ELSE 'reported' END"
    }

    /// The claim kind's name from its code in `column`.
    static func claimKindSQL(_ column: String) -> String {
        "CASE \(column) WHEN 0 THEN 'stated' ELSE 'reported' END"
    }

    /// What ``quoteKindSQL(_:)`` gives for codes 0, 1 and any other, for rows that read the code
    /// itself (a `CASE` on every row of an export was work for SQLite's virtual machine).
    static let quoteKindNames = ["direct", "partial", "reported"]

    /// What ``claimKindSQL(_:)`` gives for codes 0, 1 and any other.
    static let claimKindNames = ["stated", "reported", "reported"]

    /// Where a kind's name is in ``quoteKindNames`` or ``claimKindNames``: 0, 1, else 2.
    @inline(__always)
    static func kindNameIndex(_ code: Int64) -> Int { code == 0 ? 0 : code == 1 ? 1 : 2 }

    /// Binds `confidence`, from 0 to 1, as the REAL it is.
    static func bind(confidence: Double, to statement: Statement, at index: Int32) throws {
        try statement.bind(confidence, at: index)
    }
}
