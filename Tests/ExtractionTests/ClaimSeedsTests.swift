import Foundation
import HearsayModel
import HearsayText
import Testing

@testable import Extraction

/// The claims of the seed articles in `../shared` against the hand-made answers there, scored the
/// way `../shared/tools/score.py` scores them (skipped when `../shared` is absent).
@Suite struct ClaimSeedsTests {
    struct GoldClaim: Decodable {
        var doc: String
        var text: String
        var claimant: String?
        var claimantScored: Bool?

        enum CodingKeys: String, CodingKey {
            case doc, text, claimant
            case claimantScored = "claimant_scored"
        }
    }
    struct GoldNotClaim: Decodable {
        var doc: String
        var text: String
    }
    struct GoldArticle: Decodable {
        var doc: String
        var date: String?
        var title: String?
    }
    struct GoldEntity: Decodable {
        var name: String
        var aliases: [String]
    }

    /// `../shared` beside the package root, or beside the folder holding a worktree.
    static let shared: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        for _ in 0..<2 {
            folder = folder.deletingLastPathComponent()
            let candidate = folder.appendingPathComponent("shared")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("gold/claims.jsonl").path) {
                return candidate
            }
        }
        return nil
    }()

    static func lines<T: Decodable>(_ name: String, as: T.Type) -> [T] {
        guard let shared, let text = try? String(contentsOf: shared.appendingPathComponent(name), encoding: .utf8)
        else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(T.self, from: Data($0.utf8)) }
    }

    /// Lower-cased words of letters and digits, apostrophes dropped, as the scorer counts them.
    static func tokens(_ s: String) -> [String: Int] {
        var out: [String: Int] = [:]
        var word = ""
        for c in s.lowercased().unicodeScalars {
            if c == "'" || c == "\u{2019}" || c == "\u{2018}" { continue }
            if (c.value >= 48 && c.value <= 57) || (c.value >= 97 && c.value <= 122) {
                word.unicodeScalars.append(c)
            } else if !word.isEmpty {
                out[word, default: 0] += 1
                word = ""
            }
        }
        if !word.isEmpty { out[word, default: 0] += 1 }
        return out
    }

    static func overlap(_ a: [String: Int], _ b: [String: Int]) -> Int {
        a.reduce(0) { $0 + min($1.value, b[$1.key] ?? 0) }
    }

    static func nameWords(_ s: String) -> [String] {
        tokens(s.replacingOccurrences(of: "-", with: " ")).flatMap { Array(repeating: $0.key, count: $0.value) }
    }

    /// The scorer's rule: the same surname, and one name's words within the other's.
    static func sameName(_ got: String?, _ wanted: String?, _ entities: [GoldEntity]) -> Bool {
        guard let wanted else { return got == nil }
        guard let got else { return false }
        let names =
            entities.first { e in ([e.name] + e.aliases).contains { Set(nameWords($0)) == Set(nameWords(wanted)) } }
            .map { [$0.name] + $0.aliases } ?? [wanted]
        let g = nameWords(got)
        return names.contains { n in
            let w = nameWords(n)
            guard let gl = tokensInOrder(got).last, let wl = tokensInOrder(n).last, gl == wl, g.count >= min(2, w.count)
            else { return false }
            return Set(g).isSubset(of: Set(w)) || Set(w).isSubset(of: Set(g))
        }
    }

    static func tokensInOrder(_ s: String) -> [String] {
        var out: [String] = []
        var word = ""
        for c in s.lowercased().replacingOccurrences(of: "-", with: " ").unicodeScalars {
            if c == "'" || c == "\u{2019}" { continue }
            if (c.value >= 48 && c.value <= 57) || (c.value >= 97 && c.value <= 122) {
                word.unicodeScalars.append(c)
            } else if !word.isEmpty {
                out.append(word)
                word = ""
            }
        }
        if !word.isEmpty { out.append(word) }
        return out
    }

    @Test(.enabled(if: shared != nil, "../shared is absent"))
    func seedClaimsMeetTheTargets() throws {
        let gold = Self.lines("gold/claims.jsonl", as: GoldClaim.self)
        let notClaims = Self.lines("gold/not_claims.jsonl", as: GoldNotClaim.self)
        let articles = Dictionary(
            Self.lines("gold/articles.jsonl", as: GoldArticle.self).map { ($0.doc, $0) },
            uniquingKeysWith: { a, _ in a })
        let entities =
            (try? Self.shared.map { try Data(contentsOf: $0.appendingPathComponent("gold/entities.json")) }.map {
                try JSONDecoder().decode([GoldEntity].self, from: $0)
            }) ?? nil
        var predicted: [String: [(text: String, claimant: String?)]] = [:]
        for doc in Set(gold.map(\.doc)).union(notClaims.map(\.doc)) {
            let url = try #require(Self.shared?.appendingPathComponent("seeds/" + doc))
            let text = try String(contentsOf: url, encoding: .utf8)
            let meta = articles[doc]
            let result = Pipeline().extract(text: text, context: ArticleContext(date: meta?.date, title: meta?.title))
            predicted[doc] = result.claims.map { ($0.text, $0.claimant.map { result.speakers[$0].name }) }
        }
        var found = 0
        var scored = 0
        var right = 0
        for g in gold {
            let want = Self.tokens(g.text)
            let size = want.values.reduce(0, +)
            let best = predicted[g.doc, default: []].max {
                Self.overlap(want, Self.tokens($0.text)) < Self.overlap(want, Self.tokens($1.text))
            }
            guard let best, Double(Self.overlap(want, Self.tokens(best.text))) >= 0.7 * Double(size) else { continue }
            found += 1
            if g.claimantScored ?? true {
                scored += 1
                if Self.sameName(best.claimant, g.claimant, entities ?? []) { right += 1 }
            }
        }
        var boilerplate = 0
        for n in notClaims {
            let bad = Self.tokens(n.text)
            for p in predicted[n.doc, default: []] {
                let t = Self.tokens(p.text)
                let size = t.values.reduce(0, +)
                if size > 0, Double(Self.overlap(bad, t)) >= 0.6 * Double(size) { boilerplate += 1 }
            }
        }
        #expect(Double(found) >= 0.8 * Double(gold.count), "claim recall \(found)/\(gold.count)")
        #expect(Double(right) >= 0.8 * Double(scored), "claimant accuracy \(right)/\(scored)")
        #expect(boilerplate == 0)
    }
}
