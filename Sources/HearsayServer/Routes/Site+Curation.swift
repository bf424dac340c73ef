import HearsayStore
import Hummingbird

extension Site {
    /// The most a curation form may send.
    static let maxFormBytes = 16 * 1024

    /// The curation forms' targets: each checks the token, runs the store's curation (the same
    /// calls, and so the same stored decisions, as the CLI's) on the one writer, and sends the
    /// browser back to the page it came from with what happened.
    func addCuration(to router: Router<BasicRequestContext>) {
        curate(router, "/curate/merge") { store, form in
            try store.merge(try form.required("name"), into: try form.required("into"))
        }
        curate(router, "/curate/rename") { store, form in
            try store.rename(try form.required("entity"), to: try form.required("name"))
        }
        curate(router, "/curate/alias/add") { store, form in
            try store.addAlias(try form.required("alias"), to: try form.required("entity"))
        }
        curate(router, "/curate/alias/remove") { store, form in
            try store.removeAlias(try form.required("alias"), from: try form.required("entity"))
        }
        curate(router, "/curate/reassign") { store, form in
            try store.reassign(
                quote: try store.quoteID(try form.required("quote")), to: try form.required("name"),
                create: form["create"] != nil)
        }
    }

    private func curate(
        _ router: Router<BasicRequestContext>, _ path: String,
        _ operation: @escaping @Sendable (Store, Parameters) throws -> [String]
    ) {
        router.post(RouterPath(path)) { request, _ -> Response in
            let body = try await request.body.collect(upTo: Self.maxFormBytes)
            let form = Parameters(String(buffer: body))
            guard token.matches(form["csrf"]) else {
                let page = PageContext(editable: true, csrfToken: token.value, note: nil)
                return Responses.html(
                    ErrorPage.render(
                        status: 403,
                        message: "This form has expired or came from another site; reload the page and try again.",
                        context: page), status: .forbidden)
            }
            let back = Self.localPath(form["back"])
            guard let writer else { throw HTTPError(.forbidden, message: "read-only") }
            let note: String
            do {
                note = try await writer.read { try operation($0, form) }.joined(separator: "\n")
            } catch {
                note = "Not done: " + Responses.describe(error).1
            }
            return Responses.redirect(Self.adding(note: note, to: back))
        }
    }

    /// `candidate` when it is a path on this site, else the home page (no open redirects).
    static func localPath(_ candidate: String?) -> String {
        guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"), !candidate.contains("\\"),
            !candidate.contains(where: { $0.isNewline })
        else { return "/" }
        return candidate
    }

    /// `path` with `note=` added to its query, before any `#fragment`.
    static func adding(note: String, to path: String) -> String {
        var base = Substring(path)
        var fragment = ""
        if let hash = base.firstIndex(of: "#") {
            fragment = String(base[hash...])
            base = base[..<hash]
        }
        let joiner = base.contains("?") ? "&" : "?"
        return String(base) + joiner + "note=" + Parameters.encode(note) + fragment
    }
}

extension Parameters {
    /// The value of `name`, or a 400 saying it is missing.
    func required(_ name: String) throws -> String {
        guard let value = self[name] else { throw HTTPError(.badRequest, message: "the form needs \(name)") }
        return value
    }
}
