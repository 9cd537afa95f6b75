using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;
using static AntiCor.Core.Tests.Documents.Import.Plans.RiskPlan;

namespace AntiCor.Core.Tests.Documents.Import;

/// <summary>The risk-based programme as a DOCX order: every measure, its risk, result, indicators and resources.</summary>
public sealed class RiskPlanTests
{
    private static readonly ProgrammeDocument Plan = ProgrammeImporter.Import(Docx(), "programme.docx");

    private const string OfficerKind = ExecutorKinds.Position;

    private static ExpectedExecutor U(string name) => new(name, ExecutorKinds.Unit, false);

    private static readonly ExpectedExecutor OfficerExecutor = new(Officer, OfficerKind, false);

    internal static readonly ExpectedMeasure[] Measures =
    [
        new("1.1", "Перевіряти проєкти тендерної документації до їх оприлюднення", new TermData(TermKinds.Continuous, "Постійно", null, null), [OfficerExecutor], false),
        new("1.2", "Оприлюднювати на вебсайті звіти про укладені договори", new TermData(TermKinds.Quarterly, "2025-2027 роки, щокварталу", new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31)), [U("Відділ економіки та закупівель")], false),
        new("1.3", "Аналізувати річний план закупівель на поділ предмета закупівлі", new TermData(TermKinds.Annual, "до 31 січня щороку", null, null) { DueEachYear = "--01-31" }, [U("Відділ економіки та закупівель"), U("Фінансове управління")], false),
        new("2.1", "Залучати уповноважену особу до роботи конкурсних комісій", new TermData(TermKinds.OnOccurrence, "за потреби", null, null), [OfficerExecutor], false),
        new("2.2", "Провести навчання членів конкурсних комісій щодо конфлікту інтересів", new TermData(TermKinds.Period, "І квартал 2025 року", new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31)) { PartOfYear = "Q1" }, [U("Відділ кадрової роботи")], false),
    ];

    private static readonly RiskData BiasRisk = new(Procurement, Bias, null, null, "висока", null, "Високий") { LevelNormalized = RiskLevels.High };
    private static readonly RiskData SplittingRisk = new(Procurement, Splitting, null, null, "середня", null, "Середній") { LevelNormalized = RiskLevels.Medium };
    private static readonly RiskData ConflictRisk = new(Personnel, Conflict, null, null, "низька", null, "Низький") { LevelNormalized = RiskLevels.Low };

    internal static readonly (string Number, RiskData Risk, string Result, string Resources, IndicatorData[] Indicators)[] Details =
    [
        ("1.1", BiasRisk, "Відсутність скарг на дискримінаційні умови", "У межах кошторису", [new("Частка перевірених документацій — 100 %", null, null)]),
        ("1.2", BiasRisk, "Відкритість закупівель", "Не потребує", [new("Кількість оприлюднених звітів", null, null), new("Кількість переглядів звітів", null, null)]),
        ("1.3", SplittingRisk, "Запобігання поділу предмета закупівлі", "Не потребує", [new("Кількість виявлених випадків поділу", null, null)]),
        ("2.1", ConflictRisk, "Урегульований конфлікт інтересів", "Не потребує", [new("Частка засідань за участі уповноваженої особи", null, null)]),
        ("2.2", ConflictRisk, "Члени комісій знають правила", "Кошти місцевого бюджету — 5 тис. грн", [new("Кількість навчених осіб", null, null)]),
    ];

    /// <summary>Checks what the docx and the xlsx forms of the plan share: its table.</summary>
    internal static void AssertTable(ProgrammeDocument d)
    {
        Assert.Equal([(1, Procurement), (2, Personnel)], d.Programme.Directions.Select(x => (x.Number, x.Title)));
        PlanAssert.Measures(Measures, d);
        var measures = d.Programme.Directions.SelectMany(x => x.Measures).ToList();
        foreach (var (number, risk, result, resources, indicators) in Details)
        {
            var m = measures.Single(x => x.Number == number);
            Assert.Equal(risk, m.Risk);
            Assert.Equal((result, resources), (m.ExpectedResult, m.Resources));
            Assert.Equal(indicators, m.Indicators);
            Assert.Null(m.Monitoring);
        }

        SchemaAssert.Valid(d);
    }

    [Fact]
    public void Every_measure_is_read_with_the_risk_it_addresses_from_merged_cells()
    {
        AssertTable(Plan);
    }

    [Fact]
    public void Measures_under_one_merged_risk_share_that_risk()
    {
        var measures = Plan.Programme.Directions.SelectMany(x => x.Measures).ToList();
        Assert.Equal(3, measures.Select(m => m.Risk).Distinct().Count());
        Assert.Same(measures[0].Risk, measures[1].Risk);
    }

    [Fact]
    public void The_order_is_read_with_its_rule_of_working_days_after_the_half_year()
    {
        var p = Plan.Programme;
        Assert.Equal(Title, p.Title);
        Assert.Equal(new LegalBasisData("Виконавчий комітет Прибережненської міської ради", "рішення", "27", new DateOnly(2025, 2, 6), new SignatoryData("Міський голова", "Тарас ЛИСЕНКО")) { Title = "Про затвердження Антикорупційної програми Прибережненської міської ради на 2025-2027 роки" }, p.LegalBasis);
        Assert.Equal(new ReportingData(ReportingValues.HalfYearly, null) { DaysAfterPeriod = 10, WorkingDays = true }, p.Reporting);
        Assert.Equal("Прибережненська міська рада", p.Organization);
        Assert.Equal("Відділ з питань запобігання корупції", p.Coordinator);
    }

    [Fact]
    public void The_only_remark_is_that_measures_were_numbered_in_order()
    {
        PlanAssert.Warnings(new Dictionary<string, int> { [WarningCodes.MeasuresNumberedInOrder] = 1 }, Plan);
    }

    [Fact]
    public void The_risk_fields_come_back_the_same_from_the_json_a_review_form_carries()
    {
        var json = ContractJson.Serialize(Plan);
        var back = System.Text.Json.JsonSerializer.Deserialize<ProgrammeDocument>(json, ContractJson.Options)!;
        Assert.Equal(json, ContractJson.Serialize(back));
        AssertTable(back);
    }
}
