import Extraction
import HearsayModel

/// A role or affiliation an entity was given, with the date of the article that gave it.
public struct HeldRole: Sendable, Hashable {
    /// The role ("President (Iraq)"), or nil for an affiliation alone.
    public var role: String?
    /// The organisation ("Chatham House"), or nil for a role alone.
    public var organisation: String?
    /// The article's date, `YYYY-MM-DD`, if known.
    public var date: String?

    /// Creates a held role.
    public init(role: String?, organisation: String?, date: String?) {
        self.role = role
        self.organisation = organisation
        self.date = date
    }
}
