import ArgumentParser
import Dispatch
import Foundation
import HearsayServer
import Synchronization

extension Hearsay {
    /// `hearsay serve`: the newsroom's web page over the database.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Browse, search and correct the database in a web browser.",
            discussion: """
                Pages work without JavaScript; every page's data is JSON under /api, and any search downloads as
                CSV or JSON lines. Listens on 127.0.0.1 unless --host says otherwise; on another address curation
                needs --allow-edit. Stop it with Ctrl-C.
                """)

        @OptionGroup var database: DatabaseOptions

        @Option(help: "The address to listen on.")
        var host = "127.0.0.1"

        @Option(help: "The port to listen on (0: any free port; the one chosen is printed).")
        var port = 8080

        @Flag(help: "No curation: the forms are absent and their routes refused.")
        var readOnly = false

        @Flag(help: "Allow curation when listening on an address other than 127.0.0.1.")
        var allowEdit = false

        func validate() throws {
            guard (0...65_535).contains(port) else { throw ValidationError("--port must be 0 to 65535") }
            guard !host.isEmpty else { throw ValidationError("--host cannot be empty") }
        }

        func run() throws {
            let options = ServerOptions(
                databasePath: database.path, host: host, port: port, readOnly: readOnly, allowEdit: allowEdit)
            if let warning = options.warning {
                FileHandle.standardError.write(Data((warning + "\n").utf8))
            }
            let failure = Mutex<(any Error)?>(nil)
            let done = DispatchSemaphore(value: 0)
            Task {
                do {
                    try await Server.run(options) { port in
                        let shown = options.host.contains(":") ? "[\(options.host)]" : options.host
                        let line =
                            "Serving \(options.databasePath) at http://\(shown):\(port)/"
                            + (options.editable ? "" : " (read-only)") + "\n"
                        FileHandle.standardOutput.write(Data(line.utf8))
                    }
                } catch {
                    failure.withLock { $0 = error }
                }
                done.signal()
            }
            done.wait()
            if let error = failure.withLock({ $0 }) { throw error }
        }
    }
}
