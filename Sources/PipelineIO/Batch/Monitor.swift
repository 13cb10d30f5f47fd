import Pipeline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A mutex and the condition variables that wait on it.
///
/// Each predicate of the batch runner has its own condition and is signalled only when a thread
/// waits for it: with documents of a few kilobytes (tens of microseconds each) a broadcast per state
/// change woke every thread per document and the context switches cost more than the cheap stages.
final class Monitor: @unchecked Sendable {
    fileprivate let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func withLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }

    /// Inside `withLock`: releases the lock for `body` and takes it back after.
    func withoutLock<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_unlock(mutex)
        defer { pthread_mutex_lock(mutex) }
        return try body()
    }

    func makeCondition() -> Condition { Condition(self) }
}

/// One condition variable of a `Monitor`; wait only with the monitor's lock held.
final class Condition: @unchecked Sendable {
    private let monitor: Monitor
    private let condition: UnsafeMutablePointer<pthread_cond_t>

    fileprivate init(_ monitor: Monitor) {
        self.monitor = monitor
        condition = .allocate(capacity: 1)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        condition.deallocate()
    }

    /// Waits once, until signalled (or woken spuriously): the caller re-checks its own predicate.
    func waitOnce() { pthread_cond_wait(condition, monitor.mutex) }

    /// Waits until `predicate` holds.
    func wait(until predicate: () -> Bool) {
        while !predicate() { pthread_cond_wait(condition, monitor.mutex) }
    }

    /// Waits at most `seconds`; returns whether the predicate holds.
    func wait(until predicate: () -> Bool, timeout seconds: Double) -> Bool {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let whole = Int(seconds)
        let nanos = Int((seconds - Double(whole)) * 1e9) + Int(now.tv_nsec)
        var deadline = timespec(tv_sec: now.tv_sec + whole + nanos / 1_000_000_000, tv_nsec: nanos % 1_000_000_000)
        while !predicate() {
            if pthread_cond_timedwait(condition, monitor.mutex, &deadline) == ETIMEDOUT { return predicate() }
        }
        return true
    }

    func signal() { pthread_cond_signal(condition) }
    func broadcast() { pthread_cond_broadcast(condition) }
}

/// Starts a detached-from-Swift-concurrency OS thread and lets the caller join it.
final class WorkerThread: @unchecked Sendable {
    private var thread: pthread_t
    private final class Box {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    init?(_ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        var tid = pthread_t()
        let rc = pthread_create(&tid, nil, { raw in
            guard let raw else { return nil }
            // Signals go to the main thread, which may be blocked reading input: only there does the
            // EINTR that ends the read arrive.
            var blocked = sigset_t()
            sigemptyset(&blocked)
            sigaddset(&blocked, SIGINT)
            sigaddset(&blocked, SIGTERM)
            pthread_sigmask(SIG_BLOCK, &blocked, nil)
            let box = Unmanaged<Box>.fromOpaque(raw).takeRetainedValue()
            box.body()
            return nil
        }, box)
        if rc != 0 {
            Unmanaged<Box>.fromOpaque(box).release()
            return nil
        }
        thread = tid
    }

    func join() {
        pthread_join(thread, nil)
    }
}
