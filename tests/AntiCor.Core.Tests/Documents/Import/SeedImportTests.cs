using System.Text;
using System.Text.Json;
using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;
using static AntiCor.Core.Tests.Documents.Import.SeedExpectation;

namespace AntiCor.Core.Tests.Documents.Import;

public sealed class SeedImportTests
{
    private static readonly ProgrammeDocument Seed = ProgrammeImporter.Import(TestFiles.SeedBytes(), "seed.txt");

    private static IEnumerable<MeasureData> AllMeasures => Seed.Programme.Directions.SelectMany(d => d.Measures);

    [Fact]
    public void Import_reads_the_legal_basis_from_the_preamble()
    {
        var act = Seed.Programme.LegalBasis;
        Assert.Equal("розпорядження", act.Kind);
        Assert.Equal("98", act.Number);
        Assert.Equal(new DateOnly(2019, 8, 12), act.Date);
        Assert.Equal("Міський голова міста Кропивницького", act.Issuer);
        Assert.Equal("Про затвердження міських заходів щодо запобігання корупційним правопорушенням та правопорушенням, пов'язаним з корупцією, на 2019-2020 роки", act.Title);
        Assert.Equal(new SignatoryData("Заступник міського голови з питань діяльності виконавчих органів ради", "Олександр МОСІН"), act.Signatory);
        Assert.Equal("Міська рада міста Кропивницького", Seed.Programme.Organization);
    }

    [Fact]
    public void Import_takes_the_plan_title_from_the_annex_and_the_period_from_it()
    {
        Assert.Equal("Міські заходи щодо запобігання корупційним правопорушенням та правопорушенням, пов'язаним з корупцією, на 2019-2020 роки", Seed.Programme.Title);
        Assert.Equal(new PeriodData(new DateOnly(2019, 1, 1), new DateOnly(2020, 12, 31)), Seed.Programme.Period);
    }

    [Fact]
    public void Import_reads_the_parent_programme_cited_in_the_preamble()
    {
        var parent = Seed.Programme.ParentProgramme!;
        Assert.Equal("Про затвердження антикорупційної програми обласної державної адміністрації на 2019-2020 роки", parent.Title);
        Assert.Equal("867-р", parent.Number);
        Assert.Equal(new DateOnly(2019, 7, 4), parent.Date);
        Assert.Equal("розпорядження", parent.Kind);
        Assert.Equal("голови Кіровоградської обласної державної адміністрації", parent.Issuer);
    }

    [Fact]
    public void Import_reads_quarterly_reporting_by_the_25th_to_the_anti_corruption_department()
    {
        Assert.Equal("quarterly", Seed.Programme.Reporting.Frequency);
        Assert.Equal(25, Seed.Programme.Reporting.DueDay);
        Assert.Null(Seed.Programme.Reporting.DueMonth);
        Assert.Contains(Seed.Warnings, w => w.Code == "reporting-due-month-unspecified" && w.Measure is null);
        Assert.Equal(AntiCorruptionDepartment, Seed.Programme.Coordinator);
    }

    [Fact]
    public void Import_finds_the_nine_directions_with_whole_titles()
    {
        Assert.Equal(Directions, Seed.Programme.Directions.Select(d => (d.Number, d.Title)).ToArray());
    }

    [Fact]
    public void Import_gives_every_measure_of_the_order_exactly()
    {
        var actual = AllMeasures.ToList();
        Assert.Equal(Measures.Select(m => m.Number), actual.Select(m => m.Number));
        foreach (var (expected, measure) in Measures.Zip(actual))
        {
            Assert.Equal(expected.Text, measure.Text);
            Assert.Equal(expected.Term, measure.Term);
            Assert.Equal(
                expected.Executors,
                measure.Executors.Select(e => new ExpectedExecutor(e.Name, e.Kind, e.ConsentRequired)).ToArray());
            Assert.True(expected.NeedsReview == measure.NeedsReview, $"needsReview of {measure.Number}");
        }
    }

    [Fact]
    public void Import_keeps_executors_as_written()
    {
        var council = AllMeasures.Single(m => m.Number == "6.2").Executors.Single(e => e.Kind == External);
        Assert.Equal("громадська рада (за згодою)", council.Raw);
        Assert.True(council.ConsentRequired);
        var lowerCase = AllMeasures.Single(m => m.Number == "7.6").Executors[1];
        Assert.Equal(AntiCorruptionDepartment, lowerCase.Name);
        Assert.StartsWith("відділ з питань", lowerCase.Raw);
    }

    [Fact]
    public void Import_assigns_the_measure_continuing_a_list_after_a_page_break_to_its_own_direction()
    {
        var six = Seed.Programme.Directions.Single(d => d.Number == 6);
        Assert.Equal(["6.1", "6.2"], six.Measures.Select(m => m.Number));
        Assert.StartsWith("Сприяти Громадській раді", six.Measures[1].Text);
        Assert.Contains(Seed.Warnings, w => w.Code == "list-continues-previous-direction" && w.Measure == "6.2" && w.Line == 52);
    }

    [Fact]
    public void Import_flags_every_measure_of_the_row_whose_cells_do_not_match()
    {
        string[] row52 = ["6.2", "7.1", "7.2", "7.3", "7.4", "7.5"];
        Assert.Equal(row52, AllMeasures.Where(m => m.NeedsReview).Select(m => m.Number));
        var mismatches = Seed.Warnings.Where(w => w.Code == "cell-count-mismatch").ToList();
        Assert.Equal(row52, mismatches.Select(w => w.Measure));
        Assert.All(mismatches, w => Assert.Equal(52, w.Line));
        Assert.Empty(AllMeasures.Single(m => m.Number == "7.5").Executors);
        Assert.Contains("не залишилося виконавців", mismatches.Single(w => w.Measure == "7.5").Message);
    }

    [Fact]
    public void Import_joins_the_cells_a_page_break_cut_and_fills_merged_cells_with_warnings()
    {
        Assert.Contains(Seed.Warnings, w => w.Code == "split-cell-joined" && w.Line == 62 && w.Measure is null);
        Assert.Contains(Seed.Warnings, w => w.Code == "split-cell-joined" && w.Line == 62 && w.Measure == "9.1");
        Assert.Contains(Seed.Warnings, w => w.Code == "cell-shifted" && w.Line == 59);
        var inherited = Seed.Warnings.Where(w => w.Code == "merged-cell-inherited").Select(w => (w.Measure, w.Line)).ToList();
        Assert.Equal([("9.2", 59), ("9.2", 59), ("9.3", 62), ("9.3", 62)], inherited);
    }

    [Fact]
    public void Import_raises_exactly_the_expected_doubts()
    {
        var codes = Seed.Warnings.GroupBy(w => w.Code).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["list-continues-previous-direction"] = 1,
                ["cell-count-mismatch"] = 6,
                ["cell-shifted"] = 1,
                ["merged-cell-inherited"] = 4,
                ["split-cell-joined"] = 2,
                ["reporting-due-month-unspecified"] = 1,
            },
            codes);
        Assert.All(Seed.Warnings, w => Assert.False(string.IsNullOrWhiteSpace(w.Message)));
    }

    [Fact]
    public void Import_records_source_line_and_page_of_each_measure()
    {
        var first = AllMeasures.First();
        Assert.Equal(new SourceData(32, 1), first.Source);
        Assert.Equal(new SourceData(39, 2), AllMeasures.Single(m => m.Number == "1.6").Source);
        Assert.Equal(new SourceData(62, 6), AllMeasures.Single(m => m.Number == "9.3").Source);
    }

    [Fact]
    public void Import_lists_each_executor_once_with_the_spellings_seen()
    {
        Assert.Equal(15, Seed.OrgUnits.Count);
        Assert.Equal(Seed.OrgUnits.Count, Seed.OrgUnits.Select(u => u.Name).Distinct().Count());
        var department = Seed.OrgUnits.Single(u => u.Name == AntiCorruptionDepartment);
        Assert.Equal(["Відділ з питань запобігання та виявлення корупції та взаємодії з правоохоронними та контролюючими органами"], department.Aliases);
        Assert.Equal(
            ["Виконавчі органи", "Виконавчі органи - головні розпорядники коштів", "Керівники виконавчих органів", "Керівники підприємств, установ, організацій, що перебувають у комунальній власності"],
            Seed.OrgUnits.Where(u => u.Kind == Group).Select(u => u.Name).Order());
        Assert.Equal(["Громадська рада"], Seed.OrgUnits.Where(u => u.Kind == External).Select(u => u.Name));
    }

    [Fact]
    public void Import_output_satisfies_the_open_data_contract_schema()
    {
        using var json = JsonDocument.Parse(ContractJson.Serialize(Seed));
        SchemaAssert.Valid(json.RootElement);
        Assert.Null(json.RootElement.GetProperty("programme").GetProperty("id").GetString());
    }

    [Fact]
    public void Import_reads_windows_1251_with_crlf_the_same_as_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Encoding.UTF8.GetString(TestFiles.SeedBytes());
        var cp1251 = Encoding.GetEncoding(1251).GetBytes(text.Replace("\n", "\r\n"));
        var withBom = Encoding.UTF8.GetPreamble().Concat(TestFiles.SeedBytes()).ToArray();

        var expected = ContractJson.Serialize(Seed);
        Assert.Equal(expected, ContractJson.Serialize(ProgrammeImporter.Import(cp1251, "seed-1251.txt")));
        Assert.Equal(expected, ContractJson.Serialize(ProgrammeImporter.Import(withBom, "seed-bom.txt")));
    }
}
