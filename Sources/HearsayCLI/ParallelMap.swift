import Dispatch

/// `items.map(transform)` spread over every core; results keep the input order.
func parallelMap<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result]
{
    guard items.count > 1 else { return items.map(transform) }
    let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: items.count)
    slots.initialize(repeating: nil)
    defer {
        slots.deinitialize()
        slots.deallocate()
    }
    // Each iteration writes only its own slot, so the unsynchronised buffer is safe.
    nonisolated(unsafe) let output = slots
    DispatchQueue.concurrentPerform(iterations: items.count) { index in
        output[index] = transform(items[index])
    }
    return slots.map { slot in
        guard let slot else { preconditionFailure("parallelMap slot left empty") }
        return slot
    }
}
