/// Placeholder so the module builds; replaced by the linking stages.
public enum Linking {}
