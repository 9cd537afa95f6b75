using System.Text;
using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;

namespace AntiCor.Core.Tests.Documents.Import;

/// <summary>A quarter or half-year written without its year is dated only where the programme has one year.</summary>
public sealed class TermYearTests
{
    private static ProgrammeDocument Import(string years) => ProgrammeImporter.Import(Encoding.UTF8.GetBytes($"""
        НАКАЗ

        від 2 лютого 2024 року № 9-од

        Про затвердження антикорупційної програми на {years}

        Перелік заходів	Термін	Виконавці
        Оцінити корупційні ризики	ІІ квартал	Уповноважена особа
        """), "plan.txt");

    [Fact]
    public void In_a_one_year_programme_the_part_of_the_year_is_dated_in_that_year()
    {
        var d = Import("2024 рік");
        var term = d.Programme.Directions.Single().Measures.Single().Term;
        Assert.Equal(new TermData(TermKinds.Period, "ІІ квартал", new DateOnly(2024, 4, 1), new DateOnly(2024, 6, 30)) { PartOfYear = "Q2" }, term);
        Assert.DoesNotContain(d.Warnings, w => w.Code == WarningCodes.TermYearMissing);
    }

    [Fact]
    public void In_a_programme_of_several_years_the_year_is_left_to_the_review()
    {
        var d = Import("2024-2025 роки");
        var measure = d.Programme.Directions.Single().Measures.Single();
        Assert.Equal(new TermData(TermKinds.Period, "ІІ квартал", null, null) { PartOfYear = "Q2" }, measure.Term);
        var warning = Assert.Single(d.Warnings, w => w.Code == WarningCodes.TermYearMissing);
        Assert.Equal((measure.Number, 8), (warning.Measure, warning.Line));
    }
}
