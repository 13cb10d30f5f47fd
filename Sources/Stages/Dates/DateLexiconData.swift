/// The English words and phrases the date grammar is built from, hand-written for this project.
///
/// Format, one entry list per line: `class value: phrase, phrase, ...` (`#` starts a comment). A phrase is
/// lexed with the same `DateLexer` as the text, so "p.m", "year-end" or "'ll" match the tokens they produce.
/// The grammar refers to classes only, never to words, so adding a synonym is a one-line change here.
/// Values: month and weekday numbers (ISO, Monday = 1), number values, TIMEX3 unit letters, modifiers.
enum DateLexiconData {
    static let text = #"""
# calendar
month 1: january
month 2: february
month 3: march
month 4: april
month 5: may
month 6: june
month 7: july
month 8: august
month 9: september
month 10: october
month 11: november
month 12: december
# month names that are also common words or given names: tagged only with date context around them
monthambiguous 3: march
monthambiguous 5: may
monthname 4: april
monthname 6: june
monthname 8: august
monthabbr 1: jan
monthabbr 2: feb
monthabbr 3: mar
monthabbr 4: apr
monthabbr 6: jun
monthabbr 7: jul
monthabbr 8: aug
monthabbr 9: sep, sept
monthabbr 10: oct
monthabbr 11: nov
monthabbr 12: dec
weekday 1: monday
weekday 2: tuesday
weekday 3: wednesday
weekday 4: thursday
weekday 5: friday
weekday 6: saturday
weekday 7: sunday
weekdays 1: mondays
weekdays 2: tuesdays
weekdays 3: wednesdays
weekdays 4: thursdays
weekdays 5: fridays
weekdays 6: saturdays
weekdays 7: sundays
season SP: spring
season SU: summer
season FA: fall, autumn
season WI: winter
partofday MO: morning
partofday AF: afternoon
partofday EV: evening
partofday NI: night
# holidays: fixed "MM-DD", "M/W/N[+D]" the Nth ISO weekday W of month M (-1: the last) plus D days,
# "E+D" D days from Western Easter Sunday (see Holidays.swift)
holiday 12-25: christmas, christmas day
holiday 12-24: christmas eve
holiday 12-26: boxing day
holiday 01-01: new year's day, new year's, new year
holiday 12-31: new year's eve
holiday 07-04: independence day, fourth of july, the fourth of july
holiday 07-14: bastille day
holiday 10-31: halloween
holiday 02-14: valentine's day, st. valentine's day, saint valentine's day
holiday 03-17: st. patrick's day, saint patrick's day
holiday 11-11: veterans day, veterans' day, veteran's day, armistice day, remembrance day
holiday 05-01: may day
holiday 11/4/4: thanksgiving, thanksgiving day
holiday 5/1/-1: memorial day
holiday 9/1/1: labor day, labour day
holiday 1/1/3: martin luther king day, martin luther king jr. day, martin luther king jr day, mlk day
holiday 2/1/3: presidents day, presidents' day, president's day, washington's birthday
holiday 10/1/2: columbus day
holiday 5/7/2: mother's day
holiday 6/7/3: father's day
holiday 11/1/1+1: election day
holiday E+0: easter, easter sunday, easter day
holiday E+1: easter monday
holiday E-2: good friday
holiday E-3: maundy thursday, holy thursday
holiday E-7: palm sunday
holiday E-46: ash wednesday
holiday E+49: pentecost, whit sunday, whitsunday
holiday E+39: ascension day
# numbers
number 0: zero
number 1: one
number 2: two
number 3: three
number 4: four
number 5: five
number 6: six
number 7: seven
number 8: eight
number 9: nine
number 10: ten
number 11: eleven
number 12: twelve
number 13: thirteen
number 14: fourteen
number 15: fifteen
number 16: sixteen
number 17: seventeen
number 18: eighteen
number 19: nineteen
number 20: twenty
number 30: thirty
number 40: forty
number 50: fifty
number 60: sixty
number 70: seventy
number 80: eighty
number 90: ninety
number 12: a dozen, dozen
number 2: a couple of, couple of, a couple
number 0.5: half a, half an
multiplier 100: hundred
multiplier 1000: thousand
article 1: a, an, one
half 0.5: a half, half
ordinal 1: first, 1st
ordinal 2: second, 2nd
ordinal 3: third, 3rd
ordinal 4: fourth, 4th
ordinal 5: fifth
ordinal 6: sixth
ordinal 7: seventh
ordinal 8: eighth
ordinal 9: ninth
ordinal 10: tenth
ordinal 11: eleventh
ordinal 12: twelfth
ordinal 13: thirteenth
ordinal 14: fourteenth
ordinal 15: fifteenth
ordinal 16: sixteenth
ordinal 17: seventeenth
ordinal 18: eighteenth
ordinal 19: nineteenth
ordinal 20: twentieth
ordinal 21: twenty-first
ordinalsuffix 0: st, nd, rd, th
vague X: a few, few, several, some, many, a number of, numerous, multiple
decadeword 2: twenties
decadeword 3: thirties
decadeword 4: forties
decadeword 5: fifties
decadeword 6: sixties
decadeword 7: seventies
decadeword 8: eighties
decadeword 9: nineties
# words between a number and its unit that keep it a length ("two more weeks", "eight trading days")
unitadj 0: more, additional, extra, further, trading, business, working, calendar, consecutive, straight, full, long
# units (TIMEX3 duration letters; T marks units of time of day)
unit Y: year, years, yr, yrs
unit M: month, months
unit W: week, weeks
unit D: day, days
unit TH: hour, hours
unit TM: minute, minutes
unit TS: second, seconds
unit DE: decade, decades
unit CE: century, centuries
unit Q: quarter, quarters
unit WE: weekend, weekends
halfyear H: half
fiscal FY: fiscal, fiscal year, fy
# deictic and relative words
ref PRESENT_REF: now, currently, presently, nowadays, these days, right now
ref PAST_REF: recently, lately, the past
ref FUTURE_REF: soon, the future, the near future
dayref 0: today
dayref -1: yesterday
dayref 1: tomorrow
nightref 0: tonight
# "the full year", "the fiscal year": the year of the story; "the year ended June 30" is a length
yearadj 0: full, fiscal, entire, whole, calendar
periodend 0: ended, ending
# "fall" the verb: "prices continue to fall", "is expected to fall"
seasonverb FA: fall

reldir -1: last, past, previous, preceding, prior, latest
reldir 0: this, current, present
reldir 1: next, coming, following, upcoming
recent -1: recent
thatdet 0: that, the same
agoword -1: ago, earlier
agoword 1: later, hence, from now
yearago -1: year-earlier, year-ago, a year earlier, a year ago, the year-earlier, the year-ago, the comparable year-ago, the comparable year-earlier, the corresponding year-ago, a year before
earlierlater -1: earlier
earlierlater 1: later
# modifiers: position inside a period, and quantity of a duration
posmod START: early, the beginning of, the start of, the dawn of, beginning of, start of, the early part of
posmod MID: mid, the middle of, middle of, the mid, the midst of
posmod END: late, the end of, end of, the close of, the latter part of, the late
qmod APPROX: about, around, approximately, roughly, some, or so
qmod LESS_THAN: nearly, almost, less than, under, fewer than, just under
qmod MORE_THAN: more than, over, just over, well over
qmod EQUAL_OR_MORE: at least, no less than, no fewer than
qmod EQUAL_OR_LESS: at most, no more than, up to
# sets
period 0: period
setblock 0: a, an, the, its, their, his, her, our, this, that, these, those, first, 's
setadv P1D: daily
setadv P1W: weekly
setadv P1M: monthly
setadv P1Y: annually, yearly
setadv PT1H: hourly
setadv P3M: quarterly
setdet 0: every, each, per
frequency 1: once
frequency 2: twice
frequency 3: thrice
times 0: times
# time of day
ampm AM: am, a.m, a.m.
ampm PM: pm, p.m, p.m.
clockword 12:00: noon, midday
clockword 24:00: midnight
oclock 0: o'clock
timezone 0: est, edt, cst, cdt, pst, pdt, mst, mdt, gmt, utc, et, bst, cet, cest
# sentence tense cues
future 0: will, would, shall, effective, planned, set to, scheduled for, set for, slated, slated to, slated for, expected, planned to, planning to, scheduled, scheduled to, as soon as, as early as, expected to, expects to, expect to, 'll, won't, wo, going to, plans to, plan to, intends to, is expected to, are expected to, is due to, are due to, is scheduled to, are scheduled to, is set to, are set to
# reporting verbs: -1 past, 0 present (weak cues unless next to the date, see Tense.swift)
reporting -1: said, told, added, stated, wrote
reporting 0: says, tells, adds, writes
past 0: said, was, were, had, did, told, came, went, took, made, gave, met, held, began, saw, left, became, fell, rose, won, lost, paid, sold, spent, sent, brought, built, thought, found, kept, led, felt, put, set, ran, got, wrote, spoke, knew, stood, ago, last, yesterday, earlier, bought, sought, fought, caught, taught, struck, chose, drove, flew, grew, drew, threw, broke, stole, rode, shook, sank, fled, meant, dealt, hung, spun, stuck, swung, forgot, withdrew, understood, arose, froze, hid, knelt, laid, lit, overcame, oversaw, rang, sat, shot, slept, swore, swept, tore, wept, woke, ate, forgave, mistook, undertook, overtook, slid, sprang, dug, bore
present 0: is, are, am, says, does, has, have
auxiliary 0: be, been, being, is, are, was, were, will, to, has, have, had, get, got
# words after a bare number that make it a quantity, not a year
quantity 0: percent, per cent, people, persons, troops, soldiers, men, women, children, dollars, euros, pounds, yen, tons, tonnes, barrels, miles, kilometers, kilometres, km, meters, metres, feet, votes, cases, deaths, units, shares, points, pages, seats, members, workers, jobs, employees, students, residents, refugees, vehicles, cars, trucks, homes, houses, acres, hectares, calories, words, times, ft, kg, mw, gw
# words before a bare number that make it a quantity or a name, not a year
quantitybefore 0: $, €, £, ¥, no, no., #, number, page, pages, flight, route, room, highway, interstate, article, section, chapter, model, version, about, nearly, almost, over, some, around, approximately, exactly, than, only, just, top, dow, index, ftse, nasdaq, s&p, resolution, rule, grade, level, code, boeing, airbus, mig, su, f, su-, gmt
# words before a year-like bare number that confirm a year
yearcue 0: in, since, of, until, till, by, from, to, through, during, before, after, between, and, early, late, mid, around, circa, year, spring, summer, fall, autumn, winter, fiscal, the, at, for, as, its, his, her, their, on
# words before a weekday that make it a date even when a capitalised word follows
weekdaycue 0: on, by, since, until, till, from, through, before, after, early, late, and, or, to
# prepositions before a bare plural unit ("for decades")
durationcue 0: for, over, within, in, after, during, than, take, takes, took, last, lasts, lasted, spanning
# words after which a capitalised month-like word is a person's name
namecue 0: mr, mrs, ms, dr, miss, theresa, prime, minister, brian, elaine, karl, gen, sen, rep, by
"""#
}
