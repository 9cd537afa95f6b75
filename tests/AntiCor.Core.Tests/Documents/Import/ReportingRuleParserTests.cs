using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;

namespace AntiCor.Core.Tests.Documents.Import;

public sealed class ReportingRuleParserTests
{
    private const string Monthly = ReportingValues.Monthly;
    private const string Quarterly = ReportingValues.Quarterly;
    private const string HalfYearly = ReportingValues.HalfYearly;
    private const string Yearly = ReportingValues.Yearly;
    private const string After = ReportingValues.FirstAfterPeriod;
    private const string Last = ReportingValues.LastOfPeriod;

    private static ReportingReading Read(string sentence) =>
        ReportingRuleParser.Read(sentence) ?? throw new Xunit.Sdk.XunitException($"no reading of «{sentence}»");

    [Theory]
    [InlineData("Виконавчим органам щокварталу до 25 числа інформувати відділ про стан виконання.", Quarterly, 25, null, "щокварталу до 25 числа")]
    [InlineData("Відділам щомісяця до 5 числа місяця, що настає за звітним періодом, подавати звіт.", Monthly, 5, After, "щомісяця до 5 числа місяця, що настає за звітним періодом")]
    [InlineData("Щомісячно не пізніше 3 числа звітного місяця надавати інформацію.", Monthly, 3, Last, "Щомісячно не пізніше 3 числа звітного місяця")]
    [InlineData("Старостам щопівроку не пізніше 10 числа місяця, що настає за звітним півріччям, інформувати сектор.", HalfYearly, 10, After, "щопівроку не пізніше 10 числа місяця, що настає за звітним півріччям")]
    [InlineData("Один раз на півроку до 5-го числа місяця, наступного за звітним, подавати звіт.", HalfYearly, 5, After, "Один раз на півроку до 5-го числа місяця, наступного за звітним")]
    [InlineData("Керівникам щороку до 20 числа місяця, наступного за звітним роком, звітувати голові.", Yearly, 20, After, "щороку до 20 числа місяця, наступного за звітним роком")]
    [InlineData("Щоквартально до 20 числа останнього місяця кварталу інформувати відділ.", Quarterly, 20, Last, "Щоквартально до 20 числа останнього місяця кварталу")]
    [InlineData("Щороку до 15 січня подавати звіт про виконання програми.", Yearly, 15, After, "Щороку до 15 січня")]
    [InlineData("Щорічно не пізніше 20 грудня подавати звіт про виконання програми.", Yearly, 20, Last, "Щорічно не пізніше 20 грудня")]
    public void Reads_frequency_day_and_month_however_worded(string sentence, string frequency, int day, string? month, string text)
    {
        var reading = Read(sentence);
        Assert.Equal(new ReportingData(frequency, day) { DueMonth = month }, reading.Rule);
        Assert.Equal(text, reading.Text);
    }

    [Theory]
    [InlineData("Щокварталу протягом 10 днів після закінчення звітного кварталу інформувати уповноважену особу.", Quarterly, 10, null)]
    [InlineData("Щопівроку впродовж 15 робочих днів після завершення звітного періоду подавати звіт.", HalfYearly, 15, true)]
    [InlineData("Щомісяця не пізніше 5 днів після закінчення місяця звітувати.", Monthly, 5, null)]
    public void Reads_days_after_the_period_ends(string sentence, string frequency, int days, bool? working)
    {
        var rule = Read(sentence).Rule;
        Assert.Equal(new ReportingData(frequency, null) { DaysAfterPeriod = days, WorkingDays = working }, rule);
    }

    [Fact]
    public void A_frequency_without_a_day_leaves_the_day_unset()
    {
        var reading = Read("Структурним підрозділам щокварталу інформувати відділ про стан виконання.");
        Assert.Equal(new ReportingData(Quarterly, null), reading.Rule);
        Assert.Equal("Структурним підрозділам щокварталу інформувати відділ про стан виконання.", reading.Text);
    }

    [Fact]
    public void A_day_without_a_frequency_is_not_a_rule_it_can_read()
    {
        var reading = Read("Інформацію про виконання подавати до 10 числа.");
        Assert.Equal(ReportingData.Unset, reading.Rule);
        Assert.Equal("Інформацію про виконання подавати до 10 числа.", reading.Text);
    }

    [Fact]
    public void Text_that_says_nothing_of_reporting_has_no_rule()
    {
        Assert.Null(ReportingRuleParser.Read("1. Затвердити програму, що додається.\nКонтроль за виконанням покласти на заступника."));
    }

    [Fact]
    public void The_first_sentence_about_reporting_is_read_and_others_are_left()
    {
        var reading = Read("1. Затвердити план щороку оновлювати. 2. Відділам щокварталу до 5 числа подавати звіт. 3. Щороку до 15 січня звітувати раді.");
        Assert.Equal(new ReportingData(Quarterly, 5), reading.Rule);
    }
}
