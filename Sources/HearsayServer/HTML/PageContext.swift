/// What every page needs besides its data: whether to offer curation, the token its forms
/// carry, and the outcome of the last curation to show.
struct PageContext: Sendable {
    /// Curation forms are shown.
    var editable: Bool
    /// The CSRF token the forms send back.
    var csrfToken: String
    /// Lines saying what a curation did (or why it failed), shown once at the top.
    var note: String?
}
