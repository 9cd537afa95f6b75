using System.Text;
using System.Text.Json;
using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;

namespace AntiCor.Core.Tests.Documents.Import;

/// <summary>What a document does not say is left empty and flagged for the review, never refused or supplied.</summary>
public sealed class UnsaidFieldsTests
{
    private static ProgrammeDocument Import(string text) => ProgrammeImporter.Import(Encoding.UTF8.GetBytes(text), "plan.txt");

    private static string[] Codes(ProgrammeDocument d) => d.Warnings.Select(w => w.Code).ToArray();

    private const string Annex = """
        Перелік заходів	Термін	Виконавці
        Оновити перелік посад з високим корупційним ризиком	2024 рік	Відділ кадрів
        """;

    [Fact]
    public void A_table_without_its_order_is_read_with_the_act_left_empty_and_flagged()
    {
        var d = Import(Annex);
        var act = d.Programme.LegalBasis;
        Assert.Equal(new LegalBasisData(null, null, null, null, null), act);
        Assert.Null(d.Programme.KnownTitle);
        Assert.Equal(ReportingData.Unset, d.Programme.Reporting);
        Assert.Equal("Оновити перелік посад з високим корупційним ризиком", d.Programme.Directions.Single().Measures.Single().Text);
        string[] flagged =
        [
            WarningCodes.ActKindNotFound, WarningCodes.ActNumberNotFound, WarningCodes.ActDateNotFound, WarningCodes.ActIssuerNotFound,
            WarningCodes.ProgrammeTitleNotFound, WarningCodes.ReportingRuleNotFound, WarningCodes.CoordinatorNotFound, WarningCodes.OrganizationNotFound,
        ];
        Assert.All(flagged, code => Assert.Contains(code, Codes(d)));
    }

    [Fact]
    public void Fields_left_empty_are_null_in_the_json_and_the_json_satisfies_the_schema()
    {
        var json = JsonDocument.Parse(ContractJson.Serialize(Import(Annex))).RootElement;
        var programme = json.GetProperty("programme");
        Assert.Equal(JsonValueKind.Null, programme.GetProperty("title").ValueKind);
        foreach (var field in new[] { "kind", "number", "date", "issuer" })
        {
            Assert.Equal(JsonValueKind.Null, programme.GetProperty("legalBasis").GetProperty(field).ValueKind);
        }

        Assert.Equal(JsonValueKind.Null, programme.GetProperty("reporting").GetProperty("frequency").ValueKind);
        Assert.Equal(JsonValueKind.Null, programme.GetProperty("reporting").GetProperty("dueDay").ValueKind);
        SchemaAssert.Valid(json);
    }

    [Fact]
    public void A_programme_with_unset_fields_comes_back_the_same_from_its_json()
    {
        var d = Import(Annex);
        var back = JsonSerializer.Deserialize<ProgrammeDocument>(ContractJson.Serialize(d), ContractJson.Options)!;
        Assert.Equal(ContractJson.Serialize(d), ContractJson.Serialize(back));
        Assert.Equal(d.Programme.LegalBasis, back.Programme.LegalBasis);
        Assert.Equal(d.Programme.Reporting, back.Programme.Reporting);
    }

    private const string HalfYearlyOrder = """
        РІШЕННЯ

        ВИКОНАВЧОГО КОМІТЕТУ ЗАРІЧНЕНСЬКОЇ СЕЛИЩНОЇ РАДИ

        від 14 березня 2024 року № 31

        Про затвердження антикорупційної програми на 2024 рік

        1. Затвердити антикорупційну програму на 2024 рік, що додається.

        2. Старостам та структурним підрозділам один раз на півроку, не пізніше 10 числа місяця, що настає за звітним півріччям, подавати уповноваженій особі інформацію про стан виконання програми.

        Перелік заходів	Термін	Виконавці
        Оновити перелік посад з високим корупційним ризиком	2024 рік	Відділ кадрів
        """;

    [Fact]
    public void A_reporting_rule_worded_otherwise_is_read_as_written_not_replaced()
    {
        var d = Import(HalfYearlyOrder);
        Assert.Equal(new ReportingData(ReportingValues.HalfYearly, 10) { DueMonth = ReportingValues.FirstAfterPeriod }, d.Programme.Reporting);
        Assert.DoesNotContain(d.Warnings, w => w.Code.StartsWith("reporting-"));
        Assert.Equal(new LegalBasisData("Виконавчий комітет Зарічненської селищної ради", "рішення", "31", new DateOnly(2024, 3, 14), null) { Title = "Про затвердження антикорупційної програми на 2024 рік" }, d.Programme.LegalBasis);
    }

    [Theory]
    [InlineData("2. Структурним підрозділам щокварталу інформувати відділ про стан виконання програми.", WarningCodes.ReportingDueDayNotFound, ReportingValues.Quarterly)]
    [InlineData("2. Інформацію про стан виконання подавати відділу до 10 числа.", WarningCodes.ReportingRuleUnreadable, null)]
    [InlineData("2. Контроль за виконанням рішення залишаю за собою.", WarningCodes.ReportingRuleNotFound, null)]
    public void A_reporting_rule_not_understood_is_left_unset_with_a_warning(string sentence, string code, string? frequency)
    {
        var d = Import(HalfYearlyOrder.Replace(HalfYearlyOrder.Split('\n').Single(l => l.TrimStart().StartsWith("2. ")).Trim(), sentence));
        Assert.Equal(new ReportingData(frequency, null), d.Programme.Reporting);
        var warning = Assert.Single(d.Warnings, w => w.Code.StartsWith("reporting-"));
        Assert.Equal(code, warning.Code);
        Assert.DoesNotContain("25", warning.Message);
    }
}
