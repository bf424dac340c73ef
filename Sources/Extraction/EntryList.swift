/// Indices into ``MentionIndex/entries``, in text order, held in 32 bits each.
///
/// A long article keeps several such lists per mention (the subjects, the antecedents of "he"
/// and "she", the holders of a role): a paragraph of 750,000 "Ann Lee said." held four lists of
/// 64-bit `Int`s, 24 MB, that these hold in 12 (issue 13: memory).
struct EntryList: RandomAccessCollection, Sendable, ExpressibleByArrayLiteral {
    private var ids: [Int32]

    /// An empty list.
    init() { ids = [] }

    /// The list of `elements`, in the order given.
    init(arrayLiteral elements: Int...) { ids = elements.map { Int32($0) } }

    var startIndex: Int { 0 }
    var endIndex: Int { ids.count }

    subscript(position: Int) -> Int { Int(ids[position]) }

    /// Adds entry index `id` at the end.
    mutating func append(_ id: Int) { ids.append(Int32(id)) }
}
