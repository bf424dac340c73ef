extension Array {
    /// The same elements in storage of their exact count, when the spare capacity of a generous
    /// reservation is more than an eighth of them (a copy; `self` unchanged otherwise).
    package func withExactCapacity() -> [Element] {
        guard capacity - count > count / 8 else { return self }
        return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            initialized = withUnsafeBufferPointer { source in
                buffer.initialize(fromContentsOf: source)
            }
        }
    }
}
