using AntiCor.Core.Documents.Import;
using AntiCor.Core.Domain;

namespace AntiCor.Core.Tests.Documents.Import;

public sealed class TermParserTests
{
    [Theory]
    [InlineData("2019-2020 роки", "2019-01-01", "2020-12-31")]
    [InlineData("2021–2023 роки", "2021-01-01", "2023-12-31")]
    [InlineData("протягом 2021 року", "2021-01-01", "2021-12-31")]
    [InlineData("2022 рік", "2022-01-01", "2022-12-31")]
    [InlineData("І півріччя 2020 року", "2020-01-01", "2020-06-30")]
    [InlineData("II півріччя 2020 року", "2020-07-01", "2020-12-31")]
    [InlineData("IV квартал 2019 року", "2019-10-01", "2019-12-31")]
    [InlineData("2 квартал 2021 року", "2021-04-01", "2021-06-30")]
    public void Parse_reads_periods(string text, string from, string to)
    {
        var term = TermParser.Parse(text);
        Assert.Equal(new Term(TermKind.Period, text, DateOnly.Parse(from), DateOnly.Parse(to)), term);
    }

    [Theory]
    [InlineData("до 1 липня 2021 року", "2021-07-01")]
    [InlineData("01.07.2021", "2021-07-01")]
    [InlineData("не пізніше 15 березня 2020 року", "2020-03-15")]
    public void Parse_reads_a_single_date_as_a_deadline(string text, string date)
    {
        Assert.Equal(new Term(TermKind.Date, text, null, DateOnly.Parse(date)), TermParser.Parse(text));
    }

    [Theory]
    [InlineData("Постійно", TermKind.Continuous)]
    [InlineData("постійно", TermKind.Continuous)]
    [InlineData("Щороку відповідно до затверджених планів", TermKind.Annual)]
    [InlineData("Щорічно до 1 квітня", TermKind.Annual)]
    [InlineData("Щокварталу", TermKind.Quarterly)]
    [InlineData("Відповідно до планів НАЗК", TermKind.PerPlan)]
    [InlineData("У строки, визначені орієнтовним планом проведення консультацій з громадськістю", TermKind.PerPlan)]
    [InlineData("Згідно з планом роботи", TermKind.PerPlan)]
    public void Parse_reads_recurring_and_plan_terms(string text, TermKind kind)
    {
        var term = TermParser.Parse(text);
        Assert.Equal(kind, term.Kind);
        Assert.Equal(text, term.Text);
        Assert.Null(term.From);
        Assert.Null(term.To);
    }

    [Theory]
    [InlineData("За потреби")]
    [InlineData("після затвердження бюджету 2021 року")]
    [InlineData("2021-2019 роки")]
    [InlineData("32 грудня 2020 року")]
    public void Parse_leaves_what_it_cannot_read_unknown_with_the_text_kept(string text)
    {
        Assert.Equal(Term.Unknown(text), TermParser.Parse(text));
    }
}
