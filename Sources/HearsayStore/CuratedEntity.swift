import Extraction
import HearsayModel
import Linking
import SQLiteLayer

extension Store {
    /// An entity named on the command line.
    struct CuratedEntity {
        var id: Int64
        var name: String
        var kind: SpeakerKind
        var label: String { "\"\(name)\" (#\(id))" }
    }

    /// The one entity `name` designates: `#ID`, or a name `--person` accepts that fits one entity.
    func curatedEntity(_ name: String) throws -> CuratedEntity {
        var ids: [Int64]
        if name.hasPrefix("#"), let id = Int64(name.dropFirst()) {
            ids = [id]
        } else {
            ids = try entities(named: name)
            if ids.isEmpty {
                // Organisations and groups are looked up under their own key.
                ids = try run {
                    let statement = try db.prepare(
                        sql: "SELECT DISTINCT entity_id FROM entity_aliases WHERE key = ? OR alias = ?")
                    var found: [Int64] = []
                    for key in EntityLinker.lookupKeys(for: [name], kind: .organisation) {
                        try statement.bind(key, at: 1)
                        try statement.bind(name, at: 2)
                        while try statement.step() {
                            let id = statement.int64(at: 0)
                            if !found.contains(id) { found.append(id) }
                        }
                        statement.reset()
                    }
                    return found
                }
            }
        }
        return try run {
            let statement = try db.prepare(sql: "SELECT name, kind FROM entities WHERE id = ?")
            var found: [CuratedEntity] = []
            for id in ids {
                try statement.bind(id, at: 1)
                if try statement.step() {
                    found.append(
                        CuratedEntity(
                            id: id, name: statement.string(at: 0) ?? "",
                            kind: SpeakerKind(rawValue: statement.string(at: 1) ?? "") ?? .unknown))
                }
                statement.reset()
            }
            guard !found.isEmpty else {
                throw StoreError(.notFound, "nobody called \(name.debugDescription) in \(path); try `hearsay people`")
            }
            // Several entities share the name: the user must say which one.
            guard found.count == 1, let only = found.first else {
                let list = found.prefix(8).map(\.label).joined(separator: ", ")
                throw StoreError(.ambiguousName, "\(name.debugDescription) could be \(list); give the id as #ID")
            }
            return only
        }
    }
}
