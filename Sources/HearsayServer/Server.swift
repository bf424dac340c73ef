import Foundation
import Hummingbird
import Logging

/// `hearsay serve`: runs the site until interrupted (SIGINT or SIGTERM end it cleanly).
public enum Server {
    /// Listens on `options.host:options.port` and serves until a signal ends it; `ready` is
    /// called with the port once listening (the actual one when `port` is 0).
    public static func run(_ options: ServerOptions, ready: @escaping @Sendable (Int) -> Void) async throws {
        // A download whose reader left must end with an error on its pipe, not kill the server.
        signal(SIGPIPE, SIG_IGN)
        let site = try Site(options: options)
        var logger = Logger(label: "hearsay")
        logger.logLevel = .warning
        let app = Application(
            router: site.router(),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: "Hearsay"),
            onServerRunning: { channel in ready(channel.localAddress?.port ?? options.port) },
            logger: logger)
        try await app.runService()
    }
}
