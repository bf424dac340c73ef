extension RandomAccessCollection where Index == Int {
    /// The index of the first element for which `isAfter` holds, `isAfter` being false and then
    /// true along the collection (`endIndex` when it holds for none): a binary search, so a
    /// lookup in a long article's sorted positions costs a logarithm, not a walk.
    package func partitioningIndex(where isAfter: (Element) throws -> Bool) rethrows -> Int {
        var low = startIndex
        var high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if try isAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
