/// The release this binary is, printed by `hearsay --version`.
public enum HearsayVersion {
    /// Semantic version: the minor number moves with each new command or export field.
    public static let current = "0.15.0"
}
