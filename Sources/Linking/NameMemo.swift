import Extraction
import Synchronization

/// Remembers what the linker worked out about each name, so linking an import does not take the
/// same names apart again for every article that mentions them.
///
/// The linker compares every speaker with every candidate entity's names; popular entities come
/// back in article after article with the same aliases. Issue 6 measured this as the largest
/// single cost of an import (27% of the CPU time, mostly `NameKey.parse` and `NameKey.match`).
/// Everything cached is a pure function of the strings, so a hit is exactly what a recomputation
/// would give. The tables are emptied when they grow past `limit`, so memory stays bounded.
final class NameMemo: Sendable {
    private struct Pair: Hashable {
        var a: String
        var b: String
    }

    private struct Tables {
        var parsed: [String: ParsedName] = [:]
        var isPerson: [String: Bool] = [:]
        var matches: [Pair: NameMatch] = [:]
        var keys: [String: String] = [:]
    }

    /// The memo the linker's static functions share.
    static let shared = NameMemo()

    private let tables = Mutex(Tables())
    private let limit: Int

    init(limit: Int = 100_000) {
        self.limit = limit
    }

    /// ``NameKey/parse(_:)``, remembered.
    func parsed(_ name: String) -> ParsedName {
        if let hit = tables.withLock({ $0.parsed[name] }) { return hit }
        let value = NameKey.parse(name)
        tables.withLock { tables in
            if tables.parsed.count >= limit { tables.parsed.removeAll(keepingCapacity: true) }
            tables.parsed[name] = value
        }
        return value
    }

    /// ``EntityLinker/isPersonName(_:)``, remembered.
    func isPersonName(_ name: String) -> Bool {
        if let hit = tables.withLock({ $0.isPerson[name] }) { return hit }
        let value = EntityLinker.isPersonName(name)
        tables.withLock { tables in
            if tables.isPerson.count >= limit { tables.isPerson.removeAll(keepingCapacity: true) }
            tables.isPerson[name] = value
        }
        return value
    }

    /// ``NameKey/match(_:_:)`` of the names `a` and `b`, remembered.
    func match(_ a: String, _ b: String) -> NameMatch {
        let key = Pair(a: a, b: b)
        if let hit = tables.withLock({ $0.matches[key] }) { return hit }
        let value = NameKey.match(parsed(a), parsed(b))
        tables.withLock { tables in
            if tables.matches.count >= limit { tables.matches.removeAll(keepingCapacity: true) }
            tables.matches[key] = value
        }
        return value
    }

    /// ``EntityLinker/personKey(_:)``, remembered.
    func personKey(_ name: String) -> String {
        key("p", name, EntityLinker.computePersonKey)
    }

    /// ``OrganisationKey/key(_:)``, remembered.
    func organisationKey(_ name: String) -> String {
        key("o", name, OrganisationKey.key)
    }

    /// ``RoleReader/roleKey(_:)``, remembered.
    func roleKey(_ role: String) -> String {
        key("r", role, RoleReader.roleKey)
    }

    private func key(_ function: String, _ name: String, _ compute: (String) -> String) -> String {
        let entry = function + "\u{0}" + name
        if let hit = tables.withLock({ $0.keys[entry] }) { return hit }
        let value = compute(name)
        tables.withLock { tables in
            if tables.keys.count >= limit { tables.keys.removeAll(keepingCapacity: true) }
            tables.keys[entry] = value
        }
        return value
    }
}
