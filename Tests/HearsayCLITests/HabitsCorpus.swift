import TestSupport

/// A small invented feed for the command-line habit tests: three outlets (one written as a slug),
/// three months of 2016, two people and one organisation.
enum HabitsCorpus {
    static let feed = """
        {"id": "ledger-1", "title": "Ferry fares rise", "date": "2016-09-14", "source": "Harbour Ledger", "text": "Ferry fares will rise in October. \\"We have no choice but to raise the fares,\\" said Marisol Quennell, the ferry board chair. \\"Fuel costs doubled this year,\\" Quennell said."}
        {"id": "ledger-2", "title": "Tariff talks stall", "date": "2016-10-05", "source": "harbour-ledger", "text": "Talks on the port tariff stalled on Tuesday. \\"The tariffs are rigged against small boats,\\" said Tobiah Wrenfield, a fisherman. The Dockworkers Guild said in a statement that the talks would resume."}
        {"id": "courier-1", "title": "Trade fair opens", "date": "2016-10-21", "source": "The Quay Courier", "text": "The trade fair opened on Friday. \\"Trade is the lifeblood of this town,\\" said Marisol Quennell, the ferry board chair. \\"We will be back next year,\\" said Tobiah Wrenfield, a fisherman."}
        {"id": "courier-2", "title": "Winter timetable", "date": "2016-11-30", "source": "Quay Courier", "text": "The winter timetable starts in December. \\"Fewer crossings mean longer queues,\\" said Tobiah Wrenfield, a fisherman. \\"The winter timetable is final,\\" said Marisol Quennell, the ferry board chair."}

        """

    /// A runner whose database holds the feed.
    static func imported() throws -> HearsayRunner {
        let cli = HearsayRunner()
        try cli.write("feed.jsonl", feed)
        _ = try cli.run(["import", "feed.jsonl"])
        return cli
    }
}
