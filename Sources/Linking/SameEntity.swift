import Extraction
import HearsayModel
import HearsayText

/// When two names of speakers are one entity's names, as curation sees them: the same rules the
/// linker applies to full names.
public enum SameEntity {
    /// Whether `a` and `b` name the same entity of `kind`: the same normalised name, the same
    /// person's name (``NameKey/match(_:_:)-(String,String)``), or the same organisation key.
    public static func sameName(_ a: String, _ b: String, kind: SpeakerKind) -> Bool {
        if NameKey.normalized(a) == NameKey.normalized(b) { return true }
        if kind == .person { return NameKey.match(a, b) == .same }
        return OrganisationKey.key(a) == OrganisationKey.key(b)
    }

    /// The rows to split off an entity named `entityName`: those whose `name` is not the entity's
    /// name, grouped by name in the order they come. The rows that name the entity itself stay; if
    /// none does, the largest group stays.
    public static func splitByName<Row>(
        _ rows: [Row], name: (Row) -> String, entityName: String, kind: SpeakerKind
    ) -> [[Row]] {
        var groups: [[Row]] = []
        var staying = 0
        for row in rows {
            if sameName(name(row), entityName, kind: kind) {
                staying += 1
                continue
            }
            if let g = groups.firstIndex(where: { sameName(name($0[0]), name(row), kind: kind) }) {
                groups[g].append(row)
            } else {
                groups.append([row])
            }
        }
        if staying == 0, let largest = groups.indices.max(by: { groups[$0].count < groups[$1].count }) {
            groups.remove(at: largest)
        }
        return groups
    }

    /// The fullest of several names of one entity: the most name units, then the longest.
    public static func fullestName(_ names: [String]) -> String {
        names.max { a, b in
            let ua = NameKey.parse(a).units.count
            let ub = NameKey.parse(b).units.count
            return ua != ub ? ua < ub : a.count < b.count
        } ?? ""
    }
}
