import Extraction
import HearsayModel
import HearsayText

/// What linking leaves to the end of an import: entities that are one person whatever order the
/// articles came in (issue 13, finding 7).
///
/// While articles stream in, a bare surname ("Menendez") met before the full name is filed as an
/// entity of its own, and two imports writing at once can each create an entity for one name.
/// Settling folds, from the entities alone:
/// - an uncurated person whose normalised name is another person's into the one with the lowest
///   id (a curated entity is kept rather than folded);
/// - an uncurated bare surname into the one person entity with a fuller name of that surname,
///   when exactly one exists and has not rejected the name ("Menendez" into "Robert Menendez",
///   never "Cruz" while "Ted Cruz" and "Heidi Cruz" are both known).
///
/// The folds depend only on the entities' names and curation, so the same articles give the same
/// entities in any order.
public enum EntitySettling {
    /// A person entity as settling sees it.
    public struct Entry: Sendable, Hashable {
        /// The entity's row id.
        public var id: Int64
        /// Its canonical name.
        public var name: String
        /// Whether a curator has decided about it (it is never folded away).
        public var curated: Bool
        /// Names a curator said are not this entity's.
        public var rejected: Set<String>

        /// An entry.
        public init(id: Int64, name: String, curated: Bool, rejected: Set<String> = []) {
            self.id = id
            self.name = name
            self.curated = curated
            self.rejected = rejected
        }
    }

    /// One entity to fold into another.
    public struct Fold: Sendable, Hashable {
        /// The entity that goes.
        public var from: Int64
        /// The entity that takes its speakers, quotes, claims, names and roles.
        public var into: Int64
    }

    /// The folds that settle `people` (person entities only), in the order to apply them.
    public static func folds(_ people: [Entry]) -> [Fold] {
        var out: [Fold] = []
        // Same name: the curated one, else the lowest id, keeps it.
        var keeper: [String: Entry] = [:]
        var remaining: [Entry] = []
        for entry in people.sorted(by: { ($0.curated ? 0 : 1, $0.id) < ($1.curated ? 0 : 1, $1.id) }) {
            let key = NameKey.normalized(entry.name)
            if let kept = keeper[key] {
                if !entry.curated, !kept.rejected.contains(entry.name) {
                    out.append(Fold(from: entry.id, into: kept.id))
                    continue
                }
            } else {
                keeper[key] = entry
            }
            remaining.append(entry)
        }
        // Bare surnames into the one fuller name of that surname.
        var fuller: [String: [Entry]] = [:]
        var bare: [(Entry, String)] = []
        for entry in remaining {
            let parsed = NameKey.parse(entry.name)
            guard let surname = parsed.surname else { continue }
            // The surname as written (folded), not its sound: "Shen" is not "Sheen".
            let key = surname
            if parsed.units.count >= 2, NameKey.isPlausiblePersonName(entry.name, parsed: parsed) {
                fuller[key, default: []].append(entry)
            } else if parsed.isSurnameOnly, !entry.curated, NameKey.isPlausiblePersonName(entry.name, parsed: parsed) {
                bare.append((entry, key))
            }
        }
        for (entry, key) in bare.sorted(by: { $0.0.id < $1.0.id }) {
            guard let candidates = fuller[key], candidates.count == 1, let target = candidates.first,
                !target.rejected.contains(entry.name),
                NameKey.match(entry.name, target.name) == .surnameOnly
            else { continue }
            out.append(Fold(from: entry.id, into: target.id))
        }
        return out
    }
}
