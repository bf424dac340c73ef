/// How `hearsay serve` runs: which database, where it listens, and whether pages may edit.
public struct ServerOptions: Sendable, Hashable {
    /// The database file.
    public var databasePath: String
    /// The address to listen on; 127.0.0.1 unless told otherwise.
    public var host: String
    /// The port to listen on (0: any free port).
    public var port: Int
    /// No curation at all: the forms are absent and their routes do not exist.
    public var readOnly: Bool
    /// Allow curation on an address other than loopback.
    public var allowEdit: Bool
    /// Connections kept open for reading pages.
    public var readers: Int

    /// Creates options; the defaults listen on 127.0.0.1:8080 and allow curation there.
    public init(
        databasePath: String, host: String = "127.0.0.1", port: Int = 8080, readOnly: Bool = false,
        allowEdit: Bool = false, readers: Int = 4
    ) {
        self.databasePath = databasePath
        self.host = host
        self.port = port
        self.readOnly = readOnly
        self.allowEdit = allowEdit
        self.readers = readers
    }

    /// True when the address is reachable from this machine only.
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Whether the curation forms are offered and their routes answer.
    public var editable: Bool {
        !readOnly && (isLoopback || allowEdit)
    }

    /// What to tell the person starting the server before it listens, if anything.
    public var warning: String? {
        guard !isLoopback else { return nil }
        var text = "Warning: listening on \(host), so other machines can read this database"
        if readOnly {
            text += " (read-only)."
        } else if allowEdit {
            text += ", and --allow-edit lets them change it."
        } else {
            text += "; curation is off there (add --allow-edit to allow it)."
        }
        return text
    }
}
