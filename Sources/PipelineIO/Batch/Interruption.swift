import Pipeline

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import Synchronization

/// SIGINT and SIGTERM ask the batch to stop after the documents in flight; the lines already done are
/// written and flushed, so the output ends on a whole line and `--resume` continues it. SIGPIPE keeps
/// its default action (see `install`).
public enum Interruption {
    static let requested = Atomic<Bool>(false)
    static let signalNumber = Atomic<Int32>(0)

    public static var isRequested: Bool { requested.load(ordering: .relaxed) }
    /// The signal that interrupted the run, 0 if none.
    public static var signal: Int32 { signalNumber.load(ordering: .relaxed) }

    /// Installs the handlers. A second signal kills the process the default way.
    public static func install() {
        _ = requested.load(ordering: .relaxed)  // initialize the globals before a handler can run
        _ = signalNumber.load(ordering: .relaxed)
        let handler: @convention(c) (Int32) -> Void = { sig in
            if Interruption.requested.exchange(true, ordering: .relaxed) {
                Glibc.signal(sig, SIG_DFL)
                raise(sig)
                return
            }
            Interruption.signalNumber.store(sig, ordering: .relaxed)
        }
        // sigaction without SA_RESTART: a read blocked on a quiet stdin returns EINTR, so the run stops
        // now instead of waiting for more input.
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        sigaction(SIGTERM, &action, nil)
        // A parent may have started us with these signals blocked (spawned from a thread that blocks
        // them): unblock them here, where the handler can act on them.
        var wanted = sigset_t()
        sigemptyset(&wanted)
        sigaddset(&wanted, SIGINT)
        sigaddset(&wanted, SIGTERM)
        sigaddset(&wanted, SIGPIPE)
        pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
        // A reader that goes away (`pipe annotate | head`) ends the run at once and silently, killed by
        // SIGPIPE, as it ends `cat` and `grep`: the shell sees status 141 and prints nothing, and no more of
        // the corpus is read. Set explicitly, since a parent may have left it ignored.
        Glibc.signal(SIGPIPE, SIG_DFL)
    }

    /// Ends the process as SIGPIPE does, for a write that still failed with EPIPE (the signal blocked in
    /// the writing thread): the same silent end and status as when the signal killed it.
    public static func endByBrokenPipe() -> Never {
        Glibc.signal(SIGPIPE, SIG_DFL)
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_UNBLOCK, &pipeSignal, nil)
        raise(SIGPIPE)
        exit(141)  // unreachable unless the signal could not be delivered: the status a shell shows for it
    }
}
