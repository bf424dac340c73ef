import HearsayModel

/// Names of countries, regions and capitals: never a person's surname, and the places a claim
/// is about when grouping claims across articles.
public enum PlaceNames {
    /// Lower-cased place names, as ``NameRuns/key(_:)`` writes them.
    public static let names: Set<String> = Set(Lexicons.placeNames)
}
