using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;

namespace AntiCor.Core.Tests.Documents.Import;

/// <summary>
/// A lyceum's integrity plan as an HTML page, written for these tests: spheres as rows across the
/// table, integrity risks merged (rowspan) over their measures, officials named by position, and
/// a status column of a first monitoring filled in for some measures.
/// </summary>
public sealed class IntegrityPlanTests
{
    private const string File = "lyceum-2025-integrity-plan.html";
    private const string Officer = "Уповноважена особа з питань запобігання та виявлення корупції";

    private static readonly ProgrammeDocument Plan = ProgrammeImporter.Import(System.IO.File.ReadAllBytes(TestFiles.Path(File)), File);

    private static ExpectedExecutor P(string name) => new(name, ExecutorKinds.Position, false);

    private static readonly ExpectedMeasure[] Expected =
    [
        new("1.1", "Оприлюднити критерії оцінювання з кожного предмета", new TermData(TermKinds.Date, "до 01.09.2025", null, new DateOnly(2025, 9, 1)), [P("Заступник директора з навчальної роботи")], false),
        new("1.2", "Проводити анонімне опитування учнів щодо об'єктивності оцінювання", new TermData(TermKinds.Period, "ІІ півріччя", new DateOnly(2025, 7, 1), new DateOnly(2025, 12, 31)) { PartOfYear = "H2" }, [P("Заступник директора з виховної роботи")], false),
        new("2.1", "Провести роз'яснювальну роботу з батьками щодо заборони подарунків", new TermData(TermKinds.Quarterly, "щокварталу", null, null), [P("Директор"), new("Класні керівники", ExecutorKinds.Group, false)], false),
        new("2.2", "Проводити інвентаризацію майна", new TermData(TermKinds.Annual, "до 1 грудня щороку", null, null) { DueEachYear = "--12-01" }, [P("Завідувач господарства"), new("Бухгалтерія", ExecutorKinds.Unit, false)], false),
        new("2.3", "Погоджувати закупівлі з уповноваженою особою", new TermData(TermKinds.Continuous, "Постійно", null, null), [P(Officer), P("Начальник відділу освіти, культури та спорту")], false),
    ];

    private static List<MeasureData> Measures => Plan.Programme.Directions.SelectMany(d => d.Measures).ToList();

    [Fact]
    public void Spheres_are_the_directions()
    {
        Assert.Equal([(1, "Освітній процес"), (2, "Фінансово-господарська діяльність")], Plan.Programme.Directions.Select(d => (d.Number, d.Title)));
    }

    [Fact]
    public void Every_measure_is_read_exactly_with_officials_as_positions()
    {
        PlanAssert.Measures(Expected, Plan);
    }

    [Fact]
    public void Each_measure_has_the_integrity_risk_above_it_and_the_risk_merged_over_two_measures_is_one()
    {
        Assert.Equal(
            [
                ("Академічна недоброчесність під час оцінювання навчальних досягнень", RiskLevels.Medium),
                ("Академічна недоброчесність під час оцінювання навчальних досягнень", RiskLevels.Medium),
                ("Отримання подарунків від батьків здобувачів освіти", RiskLevels.High),
                ("Використання майна ліцею в особистих цілях", RiskLevels.Low),
                ("Вплив на рішення тендерного уповноваженого", RiskLevels.Medium),
            ],
            Measures.Select(m => (m.Risk!.Description!, m.Risk.LevelNormalized!)));
        Assert.Same(Measures[0].Risk, Measures[1].Risk);
        Assert.All(Measures, m => Assert.Null(m.Risk!.Process));
        Assert.Equal(["Критерії на вебсайті ліцею", "Звіт за результатами опитування", "Відсутність скарг батьків", "Акт інвентаризації", "Закупівлі без порушень"], Measures.Select(m => m.ExpectedResult));
    }

    [Fact]
    public void The_status_of_a_first_monitoring_is_read_where_it_is_filled()
    {
        Assert.Equal(
            [
                new MonitoringData(null, "Виконано", null) { StatusNormalized = MonitoringStatuses.Done },
                null,
                new MonitoringData(null, "Виконується", null) { StatusNormalized = MonitoringStatuses.InProgress },
                null,
                null,
            ],
            Measures.Select(m => m.Monitoring));
    }

    [Fact]
    public void The_lyceums_order_is_read_and_the_number_in_its_name_is_not_the_acts()
    {
        var p = Plan.Programme;
        Assert.Equal("План доброчесності комунального закладу «Ліцей № 3» на 2025 рік", p.Title);
        Assert.Equal(new LegalBasisData("Комунальний заклад «Ліцей № 3» Зарічненської селищної ради", "наказ", "5-о", new DateOnly(2025, 1, 10), new SignatoryData("Директор", "Ірина БОЙКО")) { Title = "Про затвердження Плану доброчесності на 2025 рік" }, p.LegalBasis);
        Assert.Equal(p.LegalBasis.Issuer, p.Organization);
        Assert.Equal(new ReportingData(ReportingValues.Quarterly, 10) { DueMonth = ReportingValues.FirstAfterPeriod }, p.Reporting);
        Assert.Equal(Officer, p.Coordinator);
        Assert.Equal(ExecutorKinds.Position, Plan.OrgUnits.Single(u => u.Name == Officer).Kind);
    }

    [Fact]
    public void The_plan_raises_no_doubt_and_satisfies_the_schema()
    {
        Assert.Empty(Plan.Warnings);
        SchemaAssert.Valid(Plan);
    }
}
