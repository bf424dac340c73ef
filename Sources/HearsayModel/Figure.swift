/// A number found in a claim, normalised ("at least 24 people killed").
public struct Figure: Sendable, Hashable, Codable {
    /// The value (24).
    public var value: Double
    /// A qualifier such as "at least", "more than", "about", or nil.
    public var qualifier: String?
    /// What is counted ("people", "militia members"), or nil.
    public var unit: String?
    /// The event the figure measures ("killed", "injured"), or nil.
    public var event: String?
    /// The words the figure was read from.
    public var text: String

    /// Creates a figure.
    public init(value: Double, qualifier: String?, unit: String?, event: String?, text: String) {
        self.value = value
        self.qualifier = qualifier
        self.unit = unit
        self.event = event
        self.text = text
    }
}
