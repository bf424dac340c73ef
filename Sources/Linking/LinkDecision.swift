import Extraction
import HearsayModel

/// What the linker decided for a candidate.
public enum LinkDecision: Sendable, Hashable {
    /// The candidate is this existing entity; `evidence` says why ("same full name", "alias stated in X").
    case existing(id: Int64, evidence: LinkEvidence)
    /// The candidate is someone new.
    case new
}
