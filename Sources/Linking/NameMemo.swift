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
    private struct Tables {
        var parsed: [String: ParsedName] = [:]
        var isPerson: [String: Bool] = [:]
        var matches: [String: NameMatch] = [:]
    }

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
        let key = a + "\u{0}" + b
        if let hit = tables.withLock({ $0.matches[key] }) { return hit }
        let value = NameKey.match(parsed(a), parsed(b))
        tables.withLock { tables in
            if tables.matches.count >= limit { tables.matches.removeAll(keepingCapacity: true) }
            tables.matches[key] = value
        }
        return value
    }
}
