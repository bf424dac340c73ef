/// Placeholder so the module builds; replaced by the store.
public enum HearsayStoreModule {}
