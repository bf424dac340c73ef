import Dispatch
import HTTPTypes
import Hummingbird

/// Adds `Server-Timing: app;dur=MS` to every response: the time the server spent on it, which
/// the browser's developer tools show and the benchmark reads.
struct ServerTimingMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let start = DispatchTime.now().uptimeNanoseconds
        var response = try await next(request, context)
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        if let name = HTTPField.Name("Server-Timing") {
            response.headers[name] = "app;dur=" + String((milliseconds * 100).rounded() / 100)
        }
        return response
    }
}
