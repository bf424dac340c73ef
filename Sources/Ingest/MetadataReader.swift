import HearsayModel
import HearsayText

/// Reads the metadata a plain-text article gives about itself.
///
/// It looks only at the first few kilobytes (headline, header, dateline, top byline) and the last
/// kilobytes (closing byline), so its cost does not grow with the article:
/// - a page header naming the outlet in quotes (`... from the source 'NAME' ...`) or as `Source: NAME`,
///   and a URL in the header lines (`... original source at https://...`);
/// - a `date YYYY-MM-DD` header (also `Date:`/`Published:` with an ISO or month-name date), else the
///   date inside the URL (`/2019/12/30/`);
/// - a headline: the first line after the header when it is short, starts with a capital, has no
///   final period, and is followed by a blank line or by body text, and is not a photo caption;
///   a change-tracking page's doubled headline ("Title Title" for two versions) is read once;
/// - a wire dateline's outlet (`CITY (Outlet) —`), else the URL's host;
/// - a byline: `By NAME`, `Reporting by NAME`, a closing `• NAME` line, or `NAME reported from PLACE`.
public enum MetadataReader {
    /// Returns what `text` says of its title, date, outlet, URL and author.
    public static func read(_ text: String) -> ArticleMetadata {
        var reader = Reader(text)
        return reader.run()
    }
}

private typealias Scalars = ArraySlice<Unicode.Scalar>

/// One pass over the head and tail lines of an article.
private struct Reader {
    /// The first lines (up to a few kilobytes), trimmed, blank ones kept as empty.
    var head: [Scalars]
    /// The last lines, trimmed, when the article is longer than the head; else empty.
    var tail: [Scalars]
    var metadata = ArticleMetadata()

    static let headScalars = 4000
    static let tailScalars = 3000

    init(_ text: String) {
        let scalars = text.unicodeScalars
        let headEnd =
            scalars.index(scalars.startIndex, offsetBy: Self.headScalars, limitedBy: scalars.endIndex)
            ?? scalars.endIndex
        head = Self.lines(Array(scalars[..<headEnd])[...])
        if headEnd == scalars.endIndex {
            tail = []
        } else {
            // The head was cut: drop its partial last line and read the tail from the end.
            if !head.isEmpty { head.removeLast() }
            let tailStart = scalars.index(scalars.endIndex, offsetBy: -Self.tailScalars, limitedBy: headEnd) ?? headEnd
            let lines = Self.lines(Array(scalars[tailStart...])[...])
            tail = tailStart == headEnd ? lines : Array(lines.dropFirst())
        }
    }

    mutating func run() -> ArticleMetadata {
        let bodyStart = readHeader()
        readTitle(from: bodyStart)
        if metadata.date == nil, let url = metadata.url {
            metadata.date = Self.dateInURL(Array(url.unicodeScalars)[...])
        }
        if metadata.source == nil { metadata.source = datelineOutlet(from: bodyStart) }
        if metadata.source == nil, let url = metadata.url { metadata.source = Self.host(of: url) }
        readAuthor()
        return metadata
    }

    // MARK: - Header

    /// Reads header lines (URL, outlet, date, change-tracking boilerplate) and returns where the body
    /// starts: the index of a line in `head`, and how many scalars of it belong to the header.
    mutating func readHeader() -> (line: Int, skip: Int) {
        var start = (line: 0, skip: 0)
        var inZone = true
        var seenContent = 0
        for (i, line) in head.enumerated() where !line.isEmpty {
            seenContent += 1
            if seenContent > 12 { break }
            // Lines that can only be header (a date or key line, a bare URL) count anywhere near the top;
            // a URL or an outlet inside a sentence counts only in the unbroken header at the very top.
            var isHeader = false
            if let (date, used) = Self.dateHeader(line) {
                if metadata.date == nil { metadata.date = date }
                if used < line.count {
                    // `date 2020-01-07 Body text...`: the rest of the line is the body.
                    if inZone { start = (i, used) }
                    break
                }
                isHeader = true
            }
            if let name = Self.keyValue(line, keys: Lexicons.outletLabels),
                name.count <= 60, Self.firstURL(name) == nil
            {
                if metadata.source == nil { metadata.source = Self.string(name) }
                isHeader = true
            }
            if let found = Self.firstURL(line) {
                let bare =
                    Self.keyValue(line, keys: Lexicons.urlLabels)
                    .map { Self.string($0) == found } ?? (Self.string(line) == found)
                if bare || inZone {
                    if metadata.url == nil { metadata.url = found }
                    isHeader = true
                }
            }
            if inZone, let name = Self.quotedSource(line) {
                if metadata.source == nil { metadata.source = name }
                isHeader = true
            }
            if inZone && (Self.isVersionHeader(line) || Self.isChangeNote(line)) { isHeader = true }
            if isHeader && inZone {
                start = (i + 1, 0)
            } else if !isHeader {
                inZone = false
            }
        }
        return start
    }

    /// `date 2020-01-07`, `Date: 2020-01-07`, `Published: January 7, 2020` at the start of a line:
    /// the date and how many scalars of the line the header uses.
    static func dateHeader(_ line: Scalars) -> (String, Int)? {
        for key in Lexicons.dateLabels {
            guard let rest = afterWord(line, key) else { continue }
            var i = rest
            if i < line.endIndex && line[i] == ":" { i += 1 }
            while i < line.endIndex && Self.isSpace(line[i]) { i += 1 }
            if let (date, end) = isoDate(line, at: i) { return (date, end - line.startIndex) }
            if let (date, end) = monthNameDate(line, at: i) { return (date, end - line.startIndex) }
        }
        return nil
    }

    /// The text after `key:` at the start of a line (case-insensitive), trimmed.
    static func keyValue(_ line: Scalars, keys: [String]) -> Scalars? {
        for key in keys {
            guard let rest = afterWord(line, key), rest < line.endIndex, line[rest] == ":" else { continue }
            let value = trim(line[(rest + 1)...])
            return value.isEmpty ? nil : value
        }
        return nil
    }

    /// The outlet of `... the source 'NAME' ...` (any quote marks).
    static func quotedSource(_ line: Scalars) -> String? {
        var i = line.startIndex
        while let hit = find(line, "source", from: i, caseInsensitive: true) {
            i = hit + 6
            var j = i
            while j < line.endIndex && line[j] == " " { j += 1 }
            guard j < line.endIndex, let close = closingQuote(for: line[j]) else { continue }
            let nameStart = j + 1
            var k = nameStart
            while k < line.endIndex && line[k] != close && k - nameStart <= 80 { k += 1 }
            guard k < line.endIndex, line[k] == close else { continue }
            let name = trim(line[nameStart..<k])
            if !name.isEmpty { return string(name) }
        }
        return nil
    }

    /// A line made only of `Version N` labels: the column heads of a change-tracking page.
    static func isVersionHeader(_ line: Scalars) -> Bool {
        let words = split(line)
        guard words.count >= 4, words.count % 2 == 0 else { return false }
        for pair in stride(from: 0, to: words.count, by: 2) {
            guard equalsIgnoringCase(words[pair], "version"), words[pair + 1].allSatisfy({ Self.isDigit($0) })
            else { return false }
        }
        return true
    }

    /// Change-tracking boilerplate between the header and the story ("The article has changed 6 times.",
    /// "(32 minutes later)").
    static func isChangeNote(_ line: Scalars) -> Bool {
        if find(line, "has changed", from: line.startIndex, caseInsensitive: true) != nil,
            find(line, "time", from: line.startIndex, caseInsensitive: true) != nil, line.count < 140
        {
            return true
        }
        return line.first == "(" && line.last == ")"
            && find(line, " later", from: line.startIndex, caseInsensitive: true) != nil
            && line.count < 40
    }

    // MARK: - Title

    mutating func readTitle(from start: (line: Int, skip: Int)) {
        guard start.line < head.count else { return }
        // A change-tracking page puts the headline right under its version columns, once per version.
        let afterVersions = start.line > 0 && Self.isVersionHeader(previousContent(before: start.line))
        guard let (index, candidate) = nextContent(from: start.line, skip: start.skip) else { return }
        if start.skip > 0 { return }  // The header shares its line with body text: no headline line.
        var line = candidate
        if let once = Self.undoubled(line) { line = once }
        if afterVersions {
            if Self.headlineShape(line) { metadata.title = Self.string(line) }
            return
        }
        let next = index + 1 < head.count ? head[index + 1] : nil
        if !Self.headlineShape(line) {
            // Some feeds end the headline with a period; a Title Case line standing alone is still one.
            guard line.last == ".", next?.isEmpty == true, let cut = Self.withoutFinalPeriod(line),
                Self.headlineShape(cut), Self.isTitleCase(cut)
            else { return }
            line = cut
        }
        if let next, !next.isEmpty {
            // No blank line: the next line must be body text or a byline or date line under the headline,
            // not a caption or a second short line.
            if Self.isCaption(next) { return }
            let words = Self.split(next).count
            let isHeaderLine = Self.isByline(next) != nil || Self.dateHeader(next)?.1 == next.count
            guard isHeaderLine || (next.count >= 60 && words >= 10 && next.count > line.count) else { return }
        } else if next == nil && tail.isEmpty {
            return  // Nothing follows: one line is not an article with a headline.
        }
        metadata.title = Self.string(line)
    }

    func previousContent(before line: Int) -> Scalars {
        var i = line - 1
        while i >= 0 {
            if !head[i].isEmpty { return head[i] }
            i -= 1
        }
        return []
    }

    func nextContent(from line: Int, skip: Int) -> (Int, Scalars)? {
        var i = line
        while i < head.count {
            let rest = Self.trim(head[i].dropFirst(i == line ? skip : 0))
            if !rest.isEmpty { return (i, rest) }
            i += 1
        }
        return nil
    }

    /// Whether a line looks like a headline: a few words, a capital or digit first, no final period,
    /// not a byline, credit, caption or dateline.
    static func headlineShape(_ line: Scalars) -> Bool {
        guard line.count <= 250, let first = line.first, let last = line.last else { return false }
        let words = split(line)
        guard words.count >= 3 && words.count <= 30 else { return false }
        guard Self.isUpper(first) || Self.isDigit(first) || isOpeningQuote(first) else {
            return false
        }
        if [".", ",", ";", ":", "-", "\u{2014}", "\u{2013}"].contains(last) { return false }
        if isCaption(line) || isByline(line) != nil { return false }
        // An all-capitals line is a dateline or a section label, not a headline.
        return line.contains { Self.isLower($0) }
    }

    /// `line` without its final period, unless the period closes an abbreviation ("U.S.").
    static func withoutFinalPeriod(_ line: Scalars) -> Scalars? {
        guard line.last == ".", line.count >= 3 else { return nil }
        if line[line.endIndex - 3] == "." { return nil }
        return trim(line.dropLast())
    }

    /// Most longer words capitalised, as headlines in Title Case are.
    static func isTitleCase(_ line: Scalars) -> Bool {
        var long = 0
        var capitalised = 0
        for word in split(line) {
            let letters = word.drop { !Self.isLetter($0) }
            guard letters.count >= 4, let first = letters.first else { continue }
            long += 1
            if Self.isUpper(first) { capitalised += 1 }
        }
        return long >= 3 && capitalised * 10 >= long * 8
    }

    /// A photo credit or caption line: starts with `©`, `Photo:`, `Image:`, `Credit:` or `(Photo`.
    static func isCaption(_ line: Scalars) -> Bool {
        guard let first = line.first else { return false }
        if first == "\u{00A9}" || first == "(" && afterWord(line.dropFirst(), "photo") != nil { return true }
        for key in Lexicons.photoCreditLabels {
            if let rest = afterWord(line, key), rest < line.endIndex, line[rest] == ":" { return true }
        }
        return line.prefix(40).contains("\u{00A9}")
    }

    /// `A A` or `AA` (the same headline twice, as a change-tracking page shows two versions): `A`.
    static func undoubled(_ line: Scalars) -> Scalars? {
        let n = line.count
        if n >= 7 && n % 2 == 1 {
            let half = n / 2
            let a = line.prefix(half)
            if line[line.startIndex + half] == " " && a.elementsEqual(line.suffix(half)) { return a }
        }
        if n >= 6 && n % 2 == 0 {
            let half = n / 2
            if line.prefix(half).elementsEqual(line.suffix(half)) { return line.prefix(half) }
        }
        return nil
    }

    // MARK: - Outlet

    /// The outlet in a wire dateline at the start of the body: `BAGHDAD (Reuters) —`, `PARIS, Jan. 5 (AFP) -`.
    func datelineOutlet(from start: (line: Int, skip: Int)) -> String? {
        var lines = 0
        var i = start.line
        while i < head.count && lines < 3 {
            let line = head[i]
            i += 1
            if line.isEmpty { continue }
            lines += 1
            guard let open = line.prefix(80).firstIndex(of: "("),
                let close = line[open...].prefix(50).firstIndex(of: ")")
            else { continue }
            let before = Self.trim(line[line.startIndex..<open])
            guard before.count >= 2, before.contains(where: { Self.isUpper($0) }),
                !before.contains(where: { Self.isLower($0) && $0 != "." })
                    || Self.split(before).allSatisfy({
                        ($0.first.map(Self.isUpper) ?? false) == true || ($0.first.map(Self.isDigit) ?? false)
                    })
            else { continue }
            var after = close + 1
            while after < line.endIndex && line[after] == " " { after += 1 }
            guard after < line.endIndex, ["-", "\u{2013}", "\u{2014}"].contains(line[after]) else { continue }
            let name = Self.trim(line[(open + 1)..<close])
            let words = Self.split(name)
            guard !words.isEmpty && words.count <= 4,
                words.allSatisfy({ ($0.first.map(Self.isUpper) ?? false) == true })
            else { continue }
            return Self.string(name)
        }
        return nil
    }

    /// `www.example.com` → `example.com`.
    static func host(of url: String) -> String? {
        let scalars = Array(url.unicodeScalars)[...]
        guard let scheme = find(scalars, "://", from: scalars.startIndex, caseInsensitive: false) else { return nil }
        var start = scheme + 3
        var end = start
        while end < scalars.endIndex && !["/", "?", "#", ":"].contains(scalars[end]) { end += 1 }
        if let at = scalars[start..<end].lastIndex(of: "@") { start = at + 1 }
        var host = scalars[start..<end]
        if host.count > 4 && equalsIgnoringCase(host.prefix(4), "www.") { host = host.dropFirst(4) }
        guard host.contains("."), !host.isEmpty else { return nil }
        return String(String.UnicodeScalarView(host.map(lower)))
    }

    // MARK: - Author

    mutating func readAuthor() {
        // Top byline first (within the first lines after the headline), then the closing lines.
        var checked = 0
        for line in head where !line.isEmpty {
            checked += 1
            if checked > 8 { break }
            if let name = Self.isByline(line) {
                metadata.author = name
                return
            }
        }
        let closing = tail.isEmpty ? head : tail
        for line in closing.reversed().filter({ !$0.isEmpty }).prefix(6) {
            if let name = Self.isByline(line) ?? Self.bulletName(line) ?? Self.reportedFrom(line) {
                metadata.author = name
                return
            }
        }
    }

    /// `By NAME`, `Written by NAME`, `Reporting by NAME; Editing by ...`, `Author: NAME`: the name.
    static func isByline(_ line: Scalars) -> String? {
        guard line.count <= 120 else { return nil }
        for key in Lexicons.bylineOpeners {
            guard let rest = afterWord(line, key), rest < line.endIndex, line[rest] == " " else { continue }
            return personName(line[rest...])
        }
        if let value = keyValue(line, keys: Lexicons.authorLabels) { return personName(value) }
        return nil
    }

    /// A closing line made of a bullet or dash and a name: `• NAME`, `— NAME`.
    static func bulletName(_ line: Scalars) -> String? {
        guard let first = line.first, ["\u{2022}", "\u{2014}", "\u{2013}", "-", "~", "*", "\u{00B7}"].contains(first)
        else { return nil }
        let rest = trim(line.dropFirst())
        guard let name = personName(rest, whole: true) else { return nil }
        return name
    }

    /// `NAME reported from PLACE.`: the name, when it is a full name.
    static func reportedFrom(_ line: Scalars) -> String? {
        guard let hit = find(line, " reported from ", from: line.startIndex, caseInsensitive: false) else { return nil }
        // The name runs back to the start of the line or of the sentence.
        var start = hit
        while start > line.startIndex
            && !(line[start - 1] == "." && start - 1 > line.startIndex && Self.isLower(line[start - 2]))
        {
            start -= 1
        }
        return personName(trim(line[start..<hit]), whole: true)
    }

    /// A person's name at the start of `text` (up to a comma, `|`, `;`, ` - ` or the end): two to five
    /// capitalised words, particles and initials allowed, no digits. With `whole`, nothing may follow.
    static func personName(_ text: Scalars, whole: Bool = false) -> String? {
        var end = text.startIndex
        while end < text.endIndex {
            let c = text[end]
            if c == "," || c == "|" || c == ";" || c == "(" || c == "\u{2014}" || c == "\u{2013}" { break }
            if c == "-" && end + 1 < text.endIndex && text[end + 1] == " " { break }
            end += 1
        }
        if whole && end != text.endIndex { return nil }
        var name = trim(text[text.startIndex..<end])
        if name.last == "." && !(name.count >= 2 && Self.isUpper(name[name.endIndex - 2])) {
            name = name.dropLast()
        }
        let words = split(name)
        guard words.count >= 2 && words.count <= 5, name.count <= 60 else { return nil }
        let particles = Lexicons.bylineNameParticles
        var capitalised = 0
        for word in words {
            if word.contains(where: { Self.isDigit($0) }) { return nil }
            guard let first = word.first else { return nil }
            if Self.isUpper(first) {
                capitalised += 1
            } else if !particles.contains(where: { equalsIgnoringCase(word, $0) })
                && !(word.count > 3
                    && (word.starts(with: "al-".unicodeScalars) || word.starts(with: "el-".unicodeScalars)))
            {
                return nil
            }
        }
        guard capitalised >= 2, (words.first?.first.map(Self.isUpper) ?? false) == true else { return nil }
        return string(name)
    }

    // MARK: - Dates

    /// `YYYY-MM-DD` at `i`, not followed by another digit: the date and the index after it.
    static func isoDate(_ s: Scalars, at i: Int) -> (String, Int)? {
        guard i + 10 <= s.endIndex, s[i + 4] == "-", s[i + 7] == "-",
            let y = number(s, i, 4), let m = number(s, i + 5, 2), let d = number(s, i + 8, 2),
            i + 10 == s.endIndex || !Self.isDigit(s[i + 10])
        else { return nil }
        guard let date = format(y, m, d) else { return nil }
        return (date, i + 10)
    }

    /// `January 7, 2020` or `7 January 2020` at `i`: the date and the index after it.
    static func monthNameDate(_ s: Scalars, at i: Int) -> (String, Int)? {
        let words = split(s[i...]).prefix(4)
        var month: Int?
        var day: Int?
        var year: Int?
        var end = i
        for word in words {
            let letters = word.filter { Self.isLetter($0) }
            let digits = word.filter { Self.isDigit($0) }
            if month == nil, letters.count >= 3, digits.isEmpty, let m = monthIndex(letters[...]) {
                month = m
            } else if !digits.isEmpty, digits.count <= 4, let value = Int(String(String.UnicodeScalarView(digits))) {
                if digits.count == 4 { year = value } else if day == nil { day = value } else { break }
            } else {
                break
            }
            end = word.endIndex
            if month != nil && day != nil && year != nil { break }
        }
        guard let y = year, let m = month, let d = day, let date = format(y, m, d) else { return nil }
        return (date, end)
    }

    static func monthIndex(_ word: Scalars) -> Int? {
        let months = Lexicons.monthNames
        for (k, month) in months.enumerated() {
            let full = Array(month.unicodeScalars)
            if word.count >= 3 && word.count <= full.count
                && word.enumerated().allSatisfy({ lower($0.element) == full[$0.offset] })
            {
                return k + 1
            }
            if word.count == 4 && k == 8 && equalsIgnoringCase(word, "sept") { return 9 }
        }
        return nil
    }

    /// The date in a URL path: `/2019/12/30/`, `/2019-12-30/`, `/20191230/`.
    static func dateInURL(_ url: Scalars) -> String? {
        var i = url.startIndex
        while i < url.endIndex {
            if url[i] == "/" {
                let a = i + 1
                if let y = number(url, a, 4), a + 4 < url.endIndex {
                    let sep = url[a + 4]
                    if sep == "/" || sep == "-", let m = number(url, a + 5, 2), a + 7 < url.endIndex, url[a + 7] == sep,
                        let d = number(url, a + 8, 2), a + 10 == url.endIndex || !Self.isDigit(url[a + 10]),
                        let date = format(y, m, d)
                    {
                        return date
                    }
                    if let m = number(url, a + 4, 2), let d = number(url, a + 6, 2),
                        a + 8 < url.endIndex, url[a + 8] == "/" || url[a + 8] == "-" || url[a + 8] == "_",
                        let date = format(y, m, d)
                    {
                        return date
                    }
                }
            }
            i += 1
        }
        return nil
    }

    static func format(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1900...2100).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return "\(y)-" + (m < 10 ? "0\(m)" : "\(m)") + "-" + (d < 10 ? "0\(d)" : "\(d)")
    }

    static func number(_ s: Scalars, _ i: Int, _ count: Int) -> Int? {
        guard i >= s.startIndex, i + count <= s.endIndex else { return nil }
        var value = 0
        for k in i..<(i + count) {
            let v = s[k].value
            guard v >= 0x30 && v <= 0x39 else { return nil }
            value = value * 10 + Int(v - 0x30)
        }
        return value
    }

    // MARK: - URLs

    /// The first `http://` or `https://` address in `line`, without trailing punctuation.
    static func firstURL(_ line: Scalars) -> String? {
        guard let hit = find(line, "http", from: line.startIndex, caseInsensitive: true) else { return nil }
        var i = hit + 4
        if i < line.endIndex && (line[i] == "s" || line[i] == "S") { i += 1 }
        guard i + 3 <= line.endIndex, line[i] == ":", line[i + 1] == "/", line[i + 2] == "/" else {
            return firstURL(line[(hit + 4)...])
        }
        var end = i + 3
        while end < line.endIndex && !Self.isSpace(line[end]) && !isClosingQuote(line[end]) && line[end] != "<"
            && line[end] != ">" && line[end] != "\""
        {
            end += 1
        }
        while end > i + 3 && [".", ",", ";", ":", ")", "]", "!", "?", "'"].contains(line[end - 1]) { end -= 1 }
        guard end > i + 4 else { return nil }
        return string(line[hit..<end])
    }

    // MARK: - Scalars

    static func lines(_ scalars: Scalars) -> [Scalars] {
        var out: [Scalars] = []
        var start = scalars.startIndex
        var i = start
        while i < scalars.endIndex {
            if scalars[i] == "\n" {
                out.append(trim(scalars[start..<i]))
                start = i + 1
            }
            i += 1
        }
        if start < scalars.endIndex { out.append(trim(scalars[start..<scalars.endIndex])) }
        return out
    }

    static func trim(_ s: Scalars) -> Scalars {
        var a = s.startIndex
        var b = s.endIndex
        while a < b && isSpace(s[a]) { a += 1 }
        while b > a && isSpace(s[b - 1]) { b -= 1 }
        return s[a..<b]
    }

    // Property lookups are slow; articles are mostly ASCII, so answer that first.
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value == 0x20 || (c.value >= 0x09 && c.value <= 0x0D) }
        return c.properties.isWhitespace || c == "\u{FEFF}" || c == "\u{200B}"
    }

    @inline(__always) static func isUpper(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x41 && c.value <= 0x5A }
        return c.properties.isUppercase
    }

    @inline(__always) static func isLower(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x61 && c.value <= 0x7A }
        return c.properties.isLowercase
    }

    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return c.value >= 0x30 && c.value <= 0x39 }
        return c.properties.numericType != nil
    }

    @inline(__always) static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
        return c.properties.isAlphabetic
    }

    /// Words split on white space.
    static func split(_ s: Scalars) -> [Scalars] {
        var out: [Scalars] = []
        var start: Int?
        var i = s.startIndex
        while i < s.endIndex {
            if isSpace(s[i]) {
                if let a = start { out.append(s[a..<i]) }
                start = nil
            } else if start == nil {
                start = i
            }
            i += 1
        }
        if let a = start { out.append(s[a..<s.endIndex]) }
        return out
    }

    /// When `line` starts with `word` (case-insensitive) followed by a non-letter, the index after it.
    static func afterWord(_ line: Scalars, _ word: String) -> Int? {
        let w = Array(word.unicodeScalars)
        guard line.count >= w.count else { return nil }
        for k in 0..<w.count where lower(line[line.startIndex + k]) != w[k] { return nil }
        let after = line.startIndex + w.count
        if after < line.endIndex && Self.isLetter(line[after]) { return nil }
        return after
    }

    static func find(_ s: Scalars, _ needle: String, from: Int, caseInsensitive: Bool) -> Int? {
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty, from >= s.startIndex else { return nil }
        var i = from
        while i + n.count <= s.endIndex {
            var k = 0
            while k < n.count && (caseInsensitive ? lower(s[i + k]) : s[i + k]) == n[k] { k += 1 }
            if k == n.count { return i }
            i += 1
        }
        return nil
    }

    static func equalsIgnoringCase(_ s: Scalars, _ word: String) -> Bool {
        let w = Array(word.unicodeScalars)
        return s.count == w.count && zip(s, w).allSatisfy { lower($0) == $1 }
    }

    static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        if c.value >= 0x41 && c.value <= 0x5A { return Unicode.Scalar(c.value + 0x20) ?? c }
        return c
    }

    static func isOpeningQuote(_ c: Unicode.Scalar) -> Bool {
        ["\"", "'", "\u{201C}", "\u{2018}", "\u{00AB}", "\u{201E}"].contains(c)
    }

    static func isClosingQuote(_ c: Unicode.Scalar) -> Bool {
        ["\u{201D}", "\u{2019}", "\u{00BB}"].contains(c)
    }

    static func closingQuote(for open: Unicode.Scalar) -> Unicode.Scalar? {
        switch open {
        case "'": return "'"
        case "\"": return "\""
        case "\u{2018}": return "\u{2019}"
        case "\u{201C}": return "\u{201D}"
        case "\u{00AB}": return "\u{00BB}"
        default: return nil
        }
    }

    static func string(_ s: Scalars) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s)
        return String(view)
    }
}
