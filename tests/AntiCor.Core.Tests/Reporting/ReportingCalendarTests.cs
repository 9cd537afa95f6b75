using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;

namespace AntiCor.Core.Tests.Reporting;

public sealed class ReportingCalendarTests
{
    private static readonly ReportingRule Seed = new(ReportingFrequency.Quarterly, 25);

    [Fact]
    public void The_seed_rule_runs_from_the_quarter_of_the_act_and_is_due_on_the_25th_of_the_next_month()
    {
        var periods = ReportingCalendar.Periods(Seed, new DateOnly(2019, 8, 12), new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31), DaysOff.WeekendsOnly);

        Assert.Equal(["2019Q3", "2019Q4", "2020Q1", "2020Q2", "2020Q3", "2020Q4"], periods.Select(p => p.Key.ToString()));
        Assert.Equal(new DateOnly(2019, 10, 25), periods[0].DueOn);
        Assert.Equal(new DateOnly(2021, 1, 25), periods[^1].DueOn);
        Assert.Equal(new DateOnly(2020, 3, 31), periods[2].Ends);
    }

    [Fact]
    public void A_due_day_in_the_last_month_of_the_period_stays_in_that_month()
    {
        var rule = Seed with { DueMonth = DueMonth.LastOfPeriod };

        Assert.Equal(new DateOnly(2020, 3, 25), ReportingCalendar.DueOn(rule, PeriodKey.Parse("2020Q1"), DaysOff.WeekendsOnly));
    }

    [Fact]
    public void A_day_past_the_month_end_is_the_last_day_of_the_month()
    {
        var rule = new ReportingRule(ReportingFrequency.Monthly, 31);

        Assert.Equal(new DateOnly(2020, 2, 29), ReportingCalendar.DueOn(rule, PeriodKey.Parse("2020-01"), DaysOff.WeekendsOnly));
    }

    [Fact]
    public void Days_after_the_period_count_calendar_or_working_days()
    {
        var calendar = new ReportingRule(ReportingFrequency.HalfYearly, 0) { DaysAfterPeriod = 10 };
        var working = calendar with { WorkingDays = true };
        var days = new DaysOff([new DateOnly(2020, 7, 1)]);

        // 30.06.2020 is a Tuesday; 01.07 is a holiday here, 04-05.07 a weekend.
        Assert.Equal(new DateOnly(2020, 7, 10), ReportingCalendar.DueOn(calendar, PeriodKey.Parse("2020H1"), days));
        Assert.Equal(new DateOnly(2020, 7, 15), ReportingCalendar.DueOn(working, PeriodKey.Parse("2020H1"), days));
    }

    [Fact]
    public void A_due_date_on_a_day_off_moves_to_the_next_working_day_only_when_the_rule_says_so()
    {
        // 25.04.2020 is a Saturday.
        var key = PeriodKey.Parse("2020Q1");
        Assert.Equal(new DateOnly(2020, 4, 25), ReportingCalendar.DueOn(Seed, key, DaysOff.WeekendsOnly));
        Assert.Equal(new DateOnly(2020, 4, 27), ReportingCalendar.DueOn(Seed with { MoveOffDaysOff = true }, key, DaysOff.WeekendsOnly));
        Assert.Equal(new DateOnly(2020, 4, 28), ReportingCalendar.DueOn(Seed with { MoveOffDaysOff = true }, key, new DaysOff([new DateOnly(2020, 4, 27)])));
    }

    [Theory]
    [InlineData("2020Q1", "I квартал 2020 року")]
    [InlineData("2020h2", "II півріччя 2020 року")]
    [InlineData("2020", "2020 рік")]
    [InlineData("2020-03", "березень 2020 року")]
    public void Period_keys_parse_and_name_themselves(string text, string label)
    {
        var key = PeriodKey.Parse(text);

        Assert.Equal(label, key.Label);
        Assert.Equal(key, PeriodKey.Parse(key.ToString()));
    }

    [Theory]
    [InlineData("2031Q7")]
    [InlineData("2020Q0")]
    [InlineData("2020H3")]
    [InlineData("2020-13")]
    [InlineData("20")]
    [InlineData("квартал")]
    public void Impossible_periods_are_refused_in_Ukrainian(string text)
    {
        Assert.False(PeriodKey.TryParse(text, out _));
        Assert.Contains("не розпізнано", Assert.Throws<DomainException>(() => PeriodKey.Parse(text)).Message);
    }

    [Fact]
    public void A_quarter_lies_within_its_half_year_and_year()
    {
        var q2 = PeriodKey.Parse("2020Q2");

        Assert.True(q2.Within(PeriodKey.Parse("2020H1")));
        Assert.True(q2.Within(PeriodKey.Parse("2020")));
        Assert.False(q2.Within(PeriodKey.Parse("2020H2")));
    }

    [Theory]
    [InlineData(2019, 4, 28)]
    [InlineData(2020, 4, 19)]
    [InlineData(2024, 5, 5)]
    [InlineData(2025, 4, 20)]
    public void Orthodox_Easter_falls_on_its_known_dates(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), StatutoryHolidays.OrthodoxEaster(year));

    [Fact]
    public void The_holidays_follow_the_law_of_their_year()
    {
        Assert.Contains(StatutoryHolidays.For(2020), h => h.Date == new DateOnly(2020, 1, 7));
        Assert.DoesNotContain(StatutoryHolidays.For(2025), h => h.Date == new DateOnly(2025, 1, 7));
        Assert.Contains(StatutoryHolidays.For(2025), h => h.Date == new DateOnly(2025, 7, 15));
        Assert.Contains(StatutoryHolidays.For(2021), h => h.Date == new DateOnly(2021, 10, 14));
    }
}
