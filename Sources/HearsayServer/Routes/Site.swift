import Foundation
import HearsayStore
import Hummingbird

/// The web application: its connections, its token, and the routes of every page, its JSON
/// twin under `/api`, the downloads and (unless read-only) the curation forms.
public struct Site: Sendable {
    let options: ServerOptions
    let readers: ConnectionPool
    let writer: ConnectionPool?
    let token: CSRFToken

    /// The application for `options`; checks the database opens before anything listens.
    public init(options: ServerOptions) throws {
        try self.init(options: options, token: CSRFToken())
    }

    init(options: ServerOptions, token: CSRFToken) throws {
        self.options = options
        self.token = token
        if options.editable {
            // Creates and migrates the database when needed, as every CLI command does.
            _ = try Store(path: options.databasePath)
        }
        _ = try Store(path: options.databasePath, readOnly: true)
        readers = ConnectionPool(path: options.databasePath, readOnly: true, capacity: options.readers)
        writer = options.editable ? ConnectionPool(path: options.databasePath, readOnly: false, capacity: 1) : nil
    }

    /// The router with every route and the middleware.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        router.add(middleware: ContentSecurityMiddleware())
        router.add(middleware: ServerTimingMiddleware())
        router.get("/static/hearsay.css") { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = "text/css; charset=utf-8"
            headers[.cacheControl] = "max-age=3600"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: Stylesheet.css)))
        }
        addPages(to: router)
        addDownloads(to: router)
        if writer != nil { addCuration(to: router) }
        return router
    }

    /// The context pages render with, for `request`.
    func context(_ request: Request) -> PageContext {
        PageContext(
            editable: writer != nil, csrfToken: token.value, note: Parameters(request.uri.query)["note"])
    }

    /// Registers `path` as an HTML page and `/api` + `path` as its JSON: both load the same data
    /// from the same parameters.
    func page<Model: Encodable & Sendable>(
        _ router: Router<BasicRequestContext>, _ path: String, api: [String] = [],
        load: @escaping @Sendable (Request, BasicRequestContext) async throws -> Model,
        render: @escaping @Sendable (Model, Request, PageContext) -> HTML
    ) {
        router.get(RouterPath(path)) { request, context -> Response in
            let page = self.context(request)
            do {
                return Responses.html(render(try await load(request, context), request, page))
            } catch {
                let (status, message) = Responses.describe(error)
                return Responses.html(
                    ErrorPage.render(status: Int(status.code), message: message, context: page), status: status)
            }
        }
        for apiPath in ["/api" + (path == "/" ? "" : path)] + api {
            router.get(RouterPath(apiPath)) { request, context -> Response in
                do {
                    return try Responses.json(try await load(request, context))
                } catch {
                    let (status, message) = Responses.describe(error)
                    return try Responses.json(
                        Responses.Failure(error: message, status: Int(status.code)), status: status)
                }
            }
        }
    }

    private func addPages(to router: Router<BasicRequestContext>) {
        page(router, "/", api: ["/api/home"]) { _, _ in
            try await readers.with { try HomeData.load($0) }
        } render: { data, _, context in
            HomePage.render(data, context: context)
        }
        page(router, "/search") { request, _ in
            let search = try SearchParameters(Parameters(request.uri.query))
            return try await readers.read { try SearchData.load($0, search) }
        } render: { data, request, context in
            // The parameters were checked when loading.
            let search =
                (try? SearchParameters(Parameters(request.uri.query))) ?? (try? SearchParameters(Parameters(nil)))
            guard let search else { return .empty }
            return SearchPage.render(data, search, context: context)
        }
        page(router, "/person/:id") { request, context in
            guard let id = context.parameters.get("id", as: Int64.self) else {
                throw HTTPError(.notFound, message: "no such person")
            }
            let search = try SearchParameters(Parameters(request.uri.query))
            return try await readers.read { try PersonData.load($0, id: id, search) }
        } render: { data, request, context in
            let search =
                (try? SearchParameters(Parameters(request.uri.query))) ?? (try? SearchParameters(Parameters(nil)))
            guard let search else { return .empty }
            return PersonPage.render(data, search, context: context)
        }
        page(router, "/article") { request, _ in
            guard let key = Parameters(request.uri.query)["key"] else {
                throw HTTPError(.badRequest, message: "which article? give ?key=")
            }
            return try await readers.read { try ArticleData.load($0, key: key) }
        } render: { data, _, context in
            ArticlePage.render(data, context: context)
        }
        page(router, "/disputed") { request, _ in
            let page = Parameters(request.uri.query)["page"].flatMap(Int.init) ?? 1
            return try await readers.read { try DisputedData.load($0, page: page) }
        } render: { data, _, context in
            DisputedPage.render(data, context: context)
        }
        page(router, "/people") { request, _ in
            let page = Parameters(request.uri.query)["page"].flatMap(Int.init) ?? 1
            // Ranking every speaker reads every quote: kept until the database changes.
            return try await readers.with { connection in
                try connection.cached("people-\(page)") { try PeopleData.load($0, page: page) }
            }
        } render: { data, _, context in
            PeoplePage.render(data, context: context)
        }
    }

    private func addDownloads(to router: Router<BasicRequestContext>) {
        for what in ["quotes", "claims"] {
            for format in ExportFormat.allCases {
                router.get(RouterPath("/download/\(what).\(format.rawValue)")) { request, _ -> Response in
                    var given = Parameters(request.uri.query)
                    given["what"] = what
                    let search = try SearchParameters(given)
                    // A bad search fails here, before the download starts, with a status that says so.
                    do {
                        let probe = SearchQuery(filter: search.query.filter, pageSize: 1)
                        _ = try await readers.read { store in
                            what == "claims" ? try store.searchClaims(probe).total : try store.searchQuotes(probe).total
                        }
                    } catch {
                        let (status, message) = Responses.describe(error)
                        throw HTTPError(status, message: message)
                    }
                    return ExportStream.response(
                        databasePath: options.databasePath, claims: what == "claims", query: search.query,
                        format: format)
                }
            }
        }
    }
}
