import Extraction
import HearsayModel
import HearsayText

/// What the linker reads from a known entity's names, roles and organisations, worked out once.
///
/// Linking compares each speaker with every candidate entity, and popular entities are candidates
/// in article after article: a store that keeps entities between links keeps their profiles too
/// (``EntityLinker/link(_:among:profiles:)``) and builds a new one only when the entity changes.
/// A class, so handing it to the linker copies no arrays.
public final class EntityProfile: Sendable {
    /// Whether the entity's own name can be a person's name.
    let isPerson: Bool
    /// The entity's own name taken apart.
    let parsedName: ParsedName
    /// The entity's names that are person names, its own name first, aliases that are namesakes of
    /// it left out (empty when its own name is not a person's name).
    let personNames: [String]
    /// ``personNames`` taken apart.
    let personNamesParsed: [ParsedName]
    /// ``personNames`` after the first, folded.
    let otherPersonNameForms: Set<String>
    /// The organisation keys of its own name and aliases, in that order.
    let organisationNameKeys: [String]
    /// Role keys of its roles, and organisation keys of its organisations.
    let roleKeys: [String]
    let organisationKeys: Set<String>
    /// Its dated roles and affiliations as keys, with the day of the article that gave them.
    let held: [(roleKey: String?, organisationKey: String?, day: Int?)]

    /// Works out the profile of `entity`.
    public init(_ entity: KnownEntity) {
        let memo = NameMemo.shared
        isPerson = memo.isPersonName(entity.name)
        parsedName = memo.parsed(entity.name)
        if isPerson {
            personNames = ([entity.name] + entity.aliases.filter { memo.match($0, entity.name) != .conflict })
                .filter(memo.isPersonName)
        } else {
            personNames = []
        }
        personNamesParsed = personNames.map(memo.parsed)
        otherPersonNameForms = Set(personNames.dropFirst().map(memo.normalized))
        if entity.kind == .organisation || entity.kind == .group || entity.kind == .place {
            organisationNameKeys = ([entity.name] + entity.aliases).map(memo.organisationKey)
        } else {
            organisationNameKeys = []
        }
        roleKeys = entity.roles.map(memo.roleKey)
        organisationKeys = Set(entity.organisations.map(memo.organisationKey).filter { !$0.isEmpty })
        held = entity.held.map { held in
            (
                held.role.map(memo.roleKey), held.organisation.map(memo.organisationKey),
                held.date.flatMap(EntityLinker.dayNumber)
            )
        }
    }
}
