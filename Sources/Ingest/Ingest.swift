/// Placeholder so the module builds; replaced by the reader.
public enum Ingest {}
