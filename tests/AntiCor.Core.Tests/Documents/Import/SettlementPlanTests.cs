using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;

namespace AntiCor.Core.Tests.Documents.Import;

/// <summary>
/// A settlement's plan in plain text, laid out otherwise than the seed: five columns in another
/// order (executors before the term, an expected result last), the header split over two lines
/// above the column numbers, directions as section rows, and a term of every newer form.
/// </summary>
public sealed class SettlementPlanTests
{
    private const string File = "settlement-2025-reordered-sections.txt";
    private const string Sector = "Сектор з питань запобігання та виявлення корупції";
    private const string Unit = ExecutorKinds.Unit;

    private static readonly ProgrammeDocument Plan = ProgrammeImporter.Import(System.IO.File.ReadAllBytes(TestFiles.Path(File)), File);

    private static ExpectedExecutor U(string name) => new(name, Unit, false);

    private static readonly ExpectedMeasure[] Expected =
    [
        new("1.1", "Провести оцінку корупційних ризиків у діяльності селищної ради", new TermData(TermKinds.Period, "І квартал 2025 року", new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31)) { PartOfYear = "Q1" }, [U(Sector)], false),
        new("1.2", "Переглядати перелік функцій з високим корупційним ризиком", new TermData(TermKinds.Annual, "до 31 січня щороку", null, null) { DueEachYear = "--01-31" }, [U(Sector), U("Відділ кадрової роботи")], false),
        new("1.3", "Оприлюднювати звіт про стан виконання плану", new TermData(TermKinds.Quarterly, "2025-2027 роки, щокварталу", new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31)), [U("Відділ інформаційної діяльності")], false),
        new("2.1", "Проводити службові розслідування за повідомленнями про порушення", new TermData(TermKinds.OnOccurrence, "за потреби", null, null), [U(Sector)], false),
        new("2.2", "Навчати новопризначених посадових осіб правилам етичної поведінки", new TermData(TermKinds.FromDate, "з 01.09.2025", new DateOnly(2025, 9, 1), null), [U("Відділ кадрової роботи")], false),
        new("2.3", "Перевірити своєчасність подання декларацій", new TermData(TermKinds.Date, "до 30.06.2025", null, new DateOnly(2025, 6, 30)), [U(Sector)], false),
        new("3.1", "Вести реєстр запитів на публічну інформацію", new TermData(TermKinds.ProgrammePeriod, "упродовж дії програми", null, null), [U("Загальний відділ")], false),
        new("3.2", "Звітувати громаді про використання коштів", new TermData(TermKinds.Period, "ІІ півріччя", null, null) { PartOfYear = "H2" }, [U("Фінансовий відділ")], false),
    ];

    [Fact]
    public void The_order_is_read_with_its_half_yearly_reporting_rule()
    {
        var p = Plan.Programme;
        Assert.Equal(new LegalBasisData("Селищний голова селища Новозарічне", "розпорядження", "14-р", new DateOnly(2025, 1, 20), new SignatoryData("Селищний голова", "Оксана ДЕМЧУК")) { Title = "Про затвердження плану заходів з мінімізації корупційних ризиків на 2025-2027 роки" }, p.LegalBasis);
        Assert.Equal(new PeriodData(new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31)), p.Period);
        Assert.Equal(new ReportingData(ReportingValues.HalfYearly, 5) { DueMonth = ReportingValues.FirstAfterPeriod }, p.Reporting);
        Assert.Equal(Sector, p.Coordinator);
    }

    [Fact]
    public void Section_rows_are_the_directions()
    {
        Assert.Equal(
            [(1, "Оцінка корупційних ризиків"), (2, "Доброчесність посадових осіб"), (3, "Прозорість")],
            Plan.Programme.Directions.Select(d => (d.Number, d.Title)));
    }

    [Fact]
    public void Every_measure_is_read_exactly_from_columns_in_their_own_order()
    {
        PlanAssert.Measures(Expected, Plan);
    }

    [Fact]
    public void The_only_doubts_are_the_year_of_one_term_and_the_council_the_order_does_not_name()
    {
        PlanAssert.Warnings(
            new Dictionary<string, int>
            {
                [WarningCodes.TermYearMissing] = 1,
                [WarningCodes.OrganizationNotFound] = 1,
            },
            Plan);
        Assert.Equal("3.2", Plan.Warnings.Single(w => w.Code == WarningCodes.TermYearMissing).Measure);
    }

    [Fact]
    public void The_plan_satisfies_the_contract_schema()
    {
        SchemaAssert.Valid(Plan);
    }
}
