import Extraction
import HearsayModel
import HearsayText
import Synchronization

/// Remembers what the linker worked out about each name, so linking an import does not take the
/// same names apart again for every article that mentions them.
///
/// The linker compares every speaker with every candidate entity's names; popular entities come
/// back in article after article with the same aliases. Issue 6 measured this as the largest
/// single cost of an import (27% of the CPU time, mostly `NameKey.parse` and `NameKey.match`).
/// Everything cached is a pure function of the strings, so a hit is exactly what a recomputation
/// would give. Extraction threads fill it ahead of the single database writer
/// (``SpeakerFacts``), so the writer mostly finds what it needs. Each table is emptied
/// when it grows past `limit`, so memory stays bounded.
final class NameMemo: Sendable {
    private struct Pair: Hashable {
        var a: String
        var b: String
    }

    /// The memo the linker's static functions share.
    static let shared = NameMemo()

    private let parsedNames: Table<String, ParsedName>
    private let personNames: Table<String, Bool>
    private let matches: Table<Pair, NameMatch>
    private let personKeys: Table<String, String>
    private let organisationKeys: Table<String, String>
    private let roleKeys: Table<String, String>
    private let exactForms: Table<String, String>
    private let normalizedNames: Table<String, String>

    init(limit: Int = 20_000) {
        parsedNames = Table(limit: limit)
        personNames = Table(limit: limit)
        matches = Table(limit: limit)
        personKeys = Table(limit: limit)
        organisationKeys = Table(limit: limit)
        roleKeys = Table(limit: limit)
        exactForms = Table(limit: limit)
        normalizedNames = Table(limit: limit)
    }

    /// ``NameKey/parse(_:)``, remembered.
    func parsed(_ name: String) -> ParsedName {
        parsedNames.value(name, NameKey.parse)
    }

    /// ``EntityLinker/isPersonName(_:)``, remembered.
    func isPersonName(_ name: String) -> Bool {
        personNames.value(name, EntityLinker.isPersonName)
    }

    /// ``NameKey/match(_:_:)`` of the names `a` and `b`, remembered.
    func match(_ a: String, _ b: String) -> NameMatch {
        matches.value(Pair(a: a, b: b)) { pair in NameKey.match(parsed(pair.a), parsed(pair.b)) }
    }

    /// ``EntityLinker/personKey(_:)``, remembered.
    func personKey(_ name: String) -> String {
        personKeys.value(name, EntityLinker.computePersonKey)
    }

    /// ``OrganisationKey/key(_:)``, remembered.
    func organisationKey(_ name: String) -> String {
        organisationKeys.value(name, OrganisationKey.key)
    }

    /// ``RoleReader/roleKey(_:)``, remembered.
    func roleKey(_ role: String) -> String {
        roleKeys.value(role, RoleReader.roleKey)
    }

    /// ``EntityLinker/exactForm(_:)``, remembered.
    func exactForm(_ name: String) -> String {
        exactForms.value(name, EntityLinker.computeExactForm)
    }

    /// ``NameKey/normalized(_:)``, remembered.
    func normalized(_ name: String) -> String {
        normalizedNames.value(name, NameKey.normalized)
    }
}

/// One remembered function: a dictionary behind its own lock (threads rarely wait for each
/// other), emptied when it reaches `limit` entries.
private final class Table<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let entries = Mutex<[Key: Value]>([:])
    private let limit: Int

    init(limit: Int) {
        self.limit = limit
    }

    /// The remembered value for `key`, computing and remembering it when absent.
    func value(_ key: Key, _ compute: (Key) -> Value) -> Value {
        if let hit = entries.withLock({ $0[key] }) { return hit }
        let value = compute(key)
        entries.withLock { entries in
            if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
            entries[key] = value
        }
        return value
    }
}
