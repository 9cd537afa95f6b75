using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Domain;

namespace AntiCor.Core.Tests.Documents.Import;

public sealed class TermParserTests
{
    private static DateOnly? D(string? iso) => iso is null ? null : DateOnly.Parse(iso);

    [Theory]
    [InlineData("2019-2020 роки", "2019-01-01", "2020-12-31")]
    [InlineData("2021–2023 роки", "2021-01-01", "2023-12-31")]
    [InlineData("2025-2027 рр.", "2025-01-01", "2027-12-31")]
    [InlineData("протягом 2025-2027 років", "2025-01-01", "2027-12-31")]
    [InlineData("протягом 2021 року", "2021-01-01", "2021-12-31")]
    [InlineData("Протягом 2025 року", "2025-01-01", "2025-12-31")]
    [InlineData("у 2025 році", "2025-01-01", "2025-12-31")]
    [InlineData("2022 рік", "2022-01-01", "2022-12-31")]
    [InlineData("вересень 2025 року", "2025-09-01", "2025-09-30")]
    [InlineData("у лютому 2024 р.", "2024-02-01", "2024-02-29")]
    [InlineData("з 01.09.2025 по 31.12.2025", "2025-09-01", "2025-12-31")]
    [InlineData("з 1 вересня 2025 року до 31 грудня 2025 року", "2025-09-01", "2025-12-31")]
    public void Reads_periods_of_years_months_and_between_two_dates(string text, string from, string to)
    {
        Assert.Equal(new TermData(TermKinds.Period, text, D(from), D(to)), TermParser.Read(text));
    }

    [Theory]
    [InlineData("І квартал 2025 року", "Q1", "2025-01-01", "2025-03-31")]
    [InlineData("IV квартал 2019 року", "Q4", "2019-10-01", "2019-12-31")]
    [InlineData("2 квартал 2021 року", "Q2", "2021-04-01", "2021-06-30")]
    [InlineData("ІІІ кв. 2025 р.", "Q3", "2025-07-01", "2025-09-30")]
    [InlineData("у ІІ кварталі 2024 року", "Q2", "2024-04-01", "2024-06-30")]
    [InlineData("протягом І кварталу 2026 року", "Q1", "2026-01-01", "2026-03-31")]
    [InlineData("І півріччя 2020 року", "H1", "2020-01-01", "2020-06-30")]
    [InlineData("II півріччя 2020 року", "H2", "2020-07-01", "2020-12-31")]
    [InlineData("2 півріччя 2025 р.", "H2", "2025-07-01", "2025-12-31")]
    [InlineData("2-ге півріччя 2025 року", "H2", "2025-07-01", "2025-12-31")]
    [InlineData("перше півріччя 2025 року", "H1", "2025-01-01", "2025-06-30")]
    public void Reads_quarters_and_half_years_in_roman_arabic_numerals_or_words(string text, string part, string from, string to)
    {
        Assert.Equal(new TermData(TermKinds.Period, text, D(from), D(to)) { PartOfYear = part }, TermParser.Read(text));
    }

    [Theory]
    [InlineData("ІІ півріччя", "H2")]
    [InlineData("І квартал", "Q1")]
    [InlineData("у IV кварталі", "Q4")]
    public void A_quarter_or_half_year_without_its_year_keeps_the_part_and_no_dates(string text, string part)
    {
        Assert.Equal(new TermData(TermKinds.Period, text, null, null) { PartOfYear = part }, TermParser.Read(text));
    }

    [Fact]
    public void Several_quarters_run_from_the_first_to_the_last()
    {
        Assert.Equal(new TermData(TermKinds.Period, "І-ІІ квартали 2025 року", D("2025-01-01"), D("2025-06-30")), TermParser.Read("І-ІІ квартали 2025 року"));
    }

    [Theory]
    [InlineData("до 1 липня 2021 року", "2021-07-01")]
    [InlineData("до 30.06.2025", "2025-06-30")]
    [InlineData("01.07.2021", "2021-07-01")]
    [InlineData("не пізніше 15 березня 2020 року", "2020-03-15")]
    public void Reads_a_single_date_as_a_deadline(string text, string date)
    {
        Assert.Equal(new TermData(TermKinds.Date, text, null, D(date)), TermParser.Read(text));
    }

    [Theory]
    [InlineData("з 01.09.2025", "2025-09-01")]
    [InlineData("починаючи з 1 вересня 2025 року", "2025-09-01")]
    public void Reads_a_start_date_as_from_date(string text, string date)
    {
        Assert.Equal(new TermData(TermKinds.FromDate, text, D(date), null), TermParser.Read(text));
    }

    [Theory]
    [InlineData("щороку до 1 грудня", "--12-01")]
    [InlineData("Щороку до 1 лютого", "--02-01")]
    [InlineData("Щорічно до 1 квітня", "--04-01")]
    [InlineData("до 31 січня щороку", "--01-31")]
    [InlineData("до 15 березня кожного року", "--03-15")]
    [InlineData("щорічно, не пізніше 20 грудня", "--12-20")]
    public void Reads_an_annual_term_with_its_day_in_either_order(string text, string day)
    {
        Assert.Equal(new TermData(TermKinds.Annual, text, null, null) { DueEachYear = day }, TermParser.Read(text));
    }

    [Theory]
    [InlineData("2025-2027 роки, щокварталу", TermKinds.Quarterly, "2025-01-01", "2027-12-31")]
    [InlineData("Щокварталу протягом 2025-2027 років", TermKinds.Quarterly, "2025-01-01", "2027-12-31")]
    [InlineData("щомісяця, 2025 рік", TermKinds.Monthly, "2025-01-01", "2025-12-31")]
    [InlineData("2024 рік; щопівроку", TermKinds.HalfYearly, "2024-01-01", "2024-12-31")]
    [InlineData("Постійно, протягом 2025 року", TermKinds.Continuous, "2025-01-01", "2025-12-31")]
    [InlineData("2025-2026 роки щороку", TermKinds.Annual, "2025-01-01", "2026-12-31")]
    public void Reads_a_recurrence_bounded_by_the_years_it_runs(string text, string kind, string from, string to)
    {
        Assert.Equal(new TermData(kind, text, D(from), D(to)), TermParser.Read(text));
    }

    [Theory]
    [InlineData("Постійно", TermKinds.Continuous)]
    [InlineData("постійно", TermKinds.Continuous)]
    [InlineData("На постійній основі", TermKinds.Continuous)]
    [InlineData("Щороку відповідно до затверджених планів", TermKinds.Annual)]
    [InlineData("протягом року", TermKinds.Annual)]
    [InlineData("Упродовж поточного року", TermKinds.Annual)]
    [InlineData("Щокварталу", TermKinds.Quarterly)]
    [InlineData("щоквартально до 5 числа", TermKinds.Quarterly)]
    [InlineData("Щомісяця", TermKinds.Monthly)]
    [InlineData("Щопівроку", TermKinds.HalfYearly)]
    [InlineData("Відповідно до планів НАЗК", TermKinds.PerPlan)]
    [InlineData("У строки, визначені орієнтовним планом проведення консультацій з громадськістю", TermKinds.PerPlan)]
    [InlineData("Згідно з планом роботи", TermKinds.PerPlan)]
    [InlineData("За потреби", TermKinds.OnOccurrence)]
    [InlineData("у разі надходження повідомлень", TermKinds.OnOccurrence)]
    [InlineData("В разі виявлення порушень", TermKinds.OnOccurrence)]
    [InlineData("за необхідності", TermKinds.OnOccurrence)]
    [InlineData("Упродовж дії програми", TermKinds.ProgrammePeriod)]
    [InlineData("протягом терміну дії антикорупційної програми", TermKinds.ProgrammePeriod)]
    [InlineData("Протягом строку реалізації плану", TermKinds.ProgrammePeriod)]
    public void Reads_recurring_continuous_plan_occurrence_and_programme_terms(string text, string kind)
    {
        Assert.Equal(new TermData(kind, text, null, null), TermParser.Read(text));
    }

    [Theory]
    [InlineData("після затвердження бюджету 2021 року")]
    [InlineData("2021-2019 роки")]
    [InlineData("32 грудня 2020 року")]
    [InlineData("до 31 лютого щороку")]
    [InlineData("І квартал 2025 року, далі щороку")]
    [InlineData("V квартал 2025 року")]
    [InlineData("до 1 грудня")]
    public void Leaves_what_it_cannot_read_unknown_with_the_text_kept(string text)
    {
        Assert.Equal(TermData.Unknown(text), TermParser.Read(text));
    }

    [Fact]
    public void An_empty_term_is_unknown_and_empty()
    {
        Assert.Equal(TermData.Unknown(""), TermParser.Read("  "));
    }

    [Theory]
    [InlineData("2019-2020 роки", TermKind.Period)]
    [InlineData("Щороку до 1 лютого", TermKind.Annual)]
    [InlineData("За потреби", TermKind.OnOccurrence)]
    [InlineData("з 01.09.2025", TermKind.FromDate)]
    [InlineData("упродовж дії програми", TermKind.ProgrammePeriod)]
    [InlineData("ІІ півріччя 2025 р.", TermKind.Period)]
    [InlineData("щось незрозуміле", TermKind.Unknown)]
    public void Parse_gives_the_kind_storage_holds_for_every_kind_the_contract_names(string text, TermKind kind)
    {
        var term = TermParser.Parse(text);
        var read = TermParser.Read(text);
        Assert.Equal(kind, term.Kind);
        Assert.Equal(text, term.Text);
        Assert.Equal((read.From, read.To, read.PartOfYear), (term.From, term.To, term.PartOfYear));
    }

    [Fact]
    public void Parse_keeps_the_day_of_an_annual_term()
    {
        Assert.Equal("--12-01", TermParser.Parse("щороку до 1 грудня").DueEachYear);
    }
}
