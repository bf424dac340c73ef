/// Folds look-alike characters to plain ones without changing the number of scalars,
/// so offsets found on the folded text hold in the original.
public enum Normalizer {
    /// Returns `scalars` with every kind of space made a plain space, curly single quotes made
    /// apostrophes, and dashes made hyphens; quote marks and everything else are kept.
    public static func fold(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = scalars
        for i in out.indices {
            switch out[i].value {
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x09: out[i] = " "
            case 0x2018, 0x2019, 0x02BC: out[i] = "'"
            case 0x2010, 0x2011: out[i] = "-"
            default: break
            }
        }
        return out
    }
}
