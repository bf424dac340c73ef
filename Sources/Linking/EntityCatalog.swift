/// The entities a speaker can be linked to, as a store keeps them: looked up by a name's key or a
/// surname, and read whole. The store answers; ``EntityResolver`` decides.
public protocol EntityCatalog: AnyObject {
    /// The entities with a name under this lookup key (``EntityLinker/lookupKeys(for:kind:)``),
    /// in ascending id order.
    func entities(byKey key: String) throws -> [Int64]

    /// The entities with a name under a lookup key ending in this surname, in ascending id order.
    func entities(bySurname surname: String) throws -> [Int64]

    /// The entity `id` as the linker sees it, or nil when there is none.
    func entity(_ id: Int64) throws -> KnownEntity?

    /// The linker's profile of `entity` (a store keeps profiles as long as their entity is unchanged).
    func profile(of entity: KnownEntity) -> EntityProfile

    /// True when a curator has fixed the entity (its name is then never changed by an import).
    func isCurated(_ id: Int64) -> Bool
}
