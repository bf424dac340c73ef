/// A page saying what went wrong.
enum ErrorPage {
    static func render(status: Int, message: String, context: PageContext) -> HTML {
        Layout.page(
            title: "Error \(status)", context: context,
            "<h1>Error \(status)</h1><div class=\"error\"><p>\(message)</p></div><p><a href=\"/\">Home</a></p>")
    }
}
