import HearsayModel
import HearsayText
import Testing

@testable import Extraction

@Suite struct DateResolverTests {
    // 2019-12-30 is a Monday; 2020-01-07 a Tuesday.
    let monday = "2019-12-30"
    let tuesday = "2020-01-07"

    func one(_ text: String, _ date: String?) -> ResolvedDate? { DateResolver.resolve(text, articleDate: date) }

    @Test func calendarArithmetic() {
        #expect(CalendarDay(iso: "2019-12-30")?.weekday == 1)
        #expect(CalendarDay(iso: "2020-02-29")?.adding(days: 1).iso == "2020-03-01")
        #expect(CalendarDay(iso: "1970-01-01")?.number == 0)
        #expect(CalendarDay(iso: "2019-02-29") == nil)
        #expect(CalendarDay(number: -1).iso == "1969-12-31")
    }

    @Test func weekdayIsTheLatestOneOnOrBeforeTheArticle() {
        let d = one("The ferry sank on Sunday.", monday)
        #expect(d?.text == "on Sunday")
        #expect(d?.from == "2019-12-29" && d?.to == "2019-12-29")
        #expect(one("Talks resumed Monday.", monday)?.from == "2019-12-30")
        #expect(one("A fire broke out Friday night.", monday)?.from == "2019-12-27")
        #expect(one("The vote is due next Friday.", monday)?.from == "2020-01-03")
        #expect(one("He spoke last Monday.", monday)?.from == "2019-12-23")
    }

    @Test func relativeDays() {
        #expect(one("It rained yesterday.", monday)?.from == "2019-12-29")
        #expect(one("The court rules today.", monday)?.from == "2019-12-30")
        #expect(one("The plant closed three days ago.", monday)?.from == "2019-12-27")
    }

    @Test func weeksMonthsAndYears() {
        let week = one("Prices rose last week.", monday)
        #expect(week?.from == "2019-12-23" && week?.to == "2019-12-29")
        let month = one("The mayor resigned earlier this month.", monday)
        #expect(month?.text == "earlier this month")
        #expect(month?.from == "2019-12-01" && month?.to == "2019-12-30")
        let lastMonth = one("Exports fell last month.", tuesday)
        #expect(lastMonth?.from == "2019-12-01" && lastMonth?.to == "2019-12-31")
        let weekend = one("Crowds gathered over the weekend.", monday)
        #expect(weekend?.from == "2019-12-28" && weekend?.to == "2019-12-29")
    }

    @Test func yearsAlone() {
        let d = one("The garrison withdrew in 2011.", monday)
        #expect(d?.text == "in 2011")
        #expect(d?.from == "2011-01-01" && d?.to == "2011-12-31")
        #expect(one("The garrison withdrew in 2011.", nil)?.from == "2011-01-01")
    }

    @Test func monthsAndDays() {
        #expect(one("The envoy arrives on Jan. 6.", monday)?.from == "2020-01-06")
        #expect(one("The dam failed on Dec. 29, 2019.", nil)?.from == "2019-12-29")
        #expect(one("Polls closed Dec. 29.", tuesday)?.from == "2019-12-29")
        #expect(one("Ballots were counted on 6 January 2020.", nil)?.from == "2020-01-06")
        let march = one("The law took effect in March.", tuesday)
        #expect(march?.from == "2019-03-01" && march?.to == "2019-03-31")
        #expect(one("ISO stamp 2020-01-02 on the crate.", nil)?.from == "2020-01-02")
    }

    @Test func ordinaryWordsAreNotDates() {
        #expect(DateResolver.find(in: "They may march again.", articleDate: monday).isEmpty)
        #expect(DateResolver.find(in: "The army sent 2000 troops.", articleDate: monday).isEmpty)
    }

    @Test func relativeDatesWithoutAnArticleDateStayUnresolved() {
        let d = one("The clinic opened on Sunday.", nil)
        #expect(d?.text == "on Sunday")
        #expect(d?.from == nil && d?.to == nil)
    }
}
