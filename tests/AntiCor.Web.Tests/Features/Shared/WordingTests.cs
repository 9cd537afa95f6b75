extern alias web;

using AntiCor.Core.Domain;
using web::AntiCor.Web.Features.Shared;

namespace AntiCor.Web.Tests.Features.Shared;

public sealed class WordingTests
{
    [Theory]
    [InlineData(1, "1 захід")]
    [InlineData(3, "3 заходи")]
    [InlineData(5, "5 заходів")]
    [InlineData(11, "11 заходів")]
    [InlineData(21, "21 захід")]
    [InlineData(22, "22 заходи")]
    [InlineData(26, "26 заходів")]
    [InlineData(112, "112 заходів")]
    public void Count_agrees_the_noun_with_the_number(int n, string expected) =>
        Assert.Equal(expected, Wording.Count(n, "захід", "заходи", "заходів"));

    [Fact]
    public void Reporting_rule_reads_as_in_the_order_and_names_the_month_when_known()
    {
        Assert.Equal("щокварталу до 25 числа", Wording.Reporting(ReportingFrequency.Quarterly, 25, null));
        Assert.Equal(
            "щомісяця до 5 числа місяця, що настає за звітним періодом",
            Wording.Reporting(ReportingFrequency.Monthly, 5, DueMonth.FirstAfterPeriod));
    }

    [Fact]
    public void Term_reading_names_the_kind_and_its_dates()
    {
        Assert.Equal("період 01.01.2019–31.12.2020", Wording.TermReading(TermKind.Period, new(2019, 1, 1), new(2020, 12, 31)));
        Assert.Equal("дата 31.12.2019", Wording.TermReading(TermKind.Date, new(2019, 12, 31), new(2019, 12, 31)));
        Assert.Equal("постійно", Wording.TermReading(TermKind.Continuous, null, null));
        Assert.Equal("строк не розпізнано", Wording.TermReading(TermKind.Unknown, null, null));
    }

    [Fact]
    public void Act_is_capitalised_with_number_and_date()
    {
        Assert.Equal("Розпорядження № 98 від 12.08.2019", Wording.Act("розпорядження", "98", new(2019, 8, 12)));
    }
}
