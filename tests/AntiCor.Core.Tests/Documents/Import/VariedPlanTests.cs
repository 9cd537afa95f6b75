using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;

namespace AntiCor.Core.Tests.Documents.Import;

/// <summary>
/// Plans written for these tests in the same plain-text form as the seed, but as other councils
/// write them: other headers, numbering, terms, encodings and page breaks.
/// </summary>
public sealed class VariedPlanTests
{
    private static ProgrammeDocument Import(string file) =>
        ProgrammeImporter.Import(File.ReadAllBytes(TestFiles.Path(file)), file);

    private static MeasureData Measure(ProgrammeDocument d, string number) =>
        d.Programme.Directions.SelectMany(x => x.Measures).Single(m => m.Number == number);

    [Fact]
    public void Village_plan_in_windows_1251_with_crlf_and_dotted_numbers_is_read_whole()
    {
        var d = Import("village-2021-cp1251-crlf.txt");
        var p = d.Programme;
        Assert.Equal("Антикорупційна програма Великоселицької сільської ради на 2021 рік", p.Title);
        Assert.Equal(new LegalBasisData("Виконавчий комітет Великоселицької сільської ради", "рішення", "12-р", new DateOnly(2021, 1, 25), new SignatoryData("Сільський голова", "Марія КОВАЛЬ")) { Title = "Про затвердження Антикорупційної програми Великоселицької сільської ради на 2021 рік" }, p.LegalBasis);
        Assert.Equal("Великоселицька сільська рада", p.Organization);
        Assert.Equal(new PeriodData(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31)), p.Period);
        Assert.Equal(new ReportingData("half-yearly", 10) { DueMonth = "first-after-period" }, p.Reporting);
        Assert.Equal("Сектор з питань запобігання корупції", p.Coordinator);
        Assert.Equal(
            [(1, "Організаційні заходи"), (2, "Прозорість та відкритість"), (3, "Контроль")],
            p.Directions.Select(x => (x.Number, x.Title)));
        Assert.Equal(["1.1", "1.2", "2.1", "2.2", "3.1", "3.2"], p.Directions.SelectMany(x => x.Measures).Select(m => m.Number));
        Assert.DoesNotContain(p.Directions.SelectMany(x => x.Measures), m => m.NeedsReview);
    }

    [Fact]
    public void Village_plan_terms_of_every_kind_are_read()
    {
        var d = Import("village-2021-cp1251-crlf.txt");
        Assert.Equal(new TermData("date", "до 1 березня 2021 року", null, new DateOnly(2021, 3, 1)), Measure(d, "1.1").Term);
        Assert.Equal(new TermData("period", "І півріччя 2021 року", new DateOnly(2021, 1, 1), new DateOnly(2021, 6, 30)) { PartOfYear = "H1" }, Measure(d, "1.2").Term);
        Assert.Equal(new TermData("continuous", "Постійно", null, null), Measure(d, "2.1").Term);
        Assert.Equal(new TermData("on-occurrence", "За потреби", null, null), Measure(d, "2.2").Term);
        Assert.Equal(new TermData("quarterly", "Щокварталу", null, null), Measure(d, "3.1").Term);
        Assert.Equal(new TermData("period", "IV квартал 2021 року", new DateOnly(2021, 10, 1), new DateOnly(2021, 12, 31)) { PartOfYear = "Q4" }, Measure(d, "3.2").Term);
        Assert.DoesNotContain(d.Warnings, w => w.Code == "unknown-term");
    }

    [Fact]
    public void A_row_cut_by_a_page_break_keeps_its_text_term_and_executors_together()
    {
        var d = Import("village-2021-cp1251-crlf.txt");
        var m = Measure(d, "2.1");
        Assert.Equal("Оприлюднювати рішення ради на офіційному вебсайті у день їх прийняття", m.Text);
        Assert.Equal("Постійно", m.Term.Text);
        Assert.Equal(["Загальний відділ"], m.Executors.Select(e => e.Name));
        Assert.Equal(new SourceData(31, 1), m.Source);
        Assert.Contains(d.Warnings, w => w is { Code: "split-cell-joined", Line: 34, Measure: null });
        Assert.Contains(d.Warnings, w => w is { Code: "split-row-joined", Line: 34, Measure: "2.1" });
    }

    [Fact]
    public void An_empty_executors_cell_takes_the_merged_cell_above_with_a_warning()
    {
        var d = Import("village-2021-cp1251-crlf.txt");
        Assert.Equal(["Сектор з питань запобігання корупції"], Measure(d, "3.2").Executors.Select(e => e.Name));
        Assert.Contains(d.Warnings, w => w is { Code: "merged-cell-inherited", Measure: "3.2", Line: 37 });
    }

    [Fact]
    public void The_signature_under_the_table_is_not_a_measure()
    {
        var d = Import("village-2021-cp1251-crlf.txt");
        Assert.DoesNotContain(d.Programme.Directions.SelectMany(x => x.Measures), m => m.Text.Contains("КОВАЛЬ"));
        var consent = Measure(d, "2.2").Executors.Single(e => e.ConsentRequired);
        Assert.Equal(new ExecutorData("Громадські організації", "громадські організації (за згодою)", "external", true), consent);
    }

    [Fact]
    public void Enterprise_plan_with_section_rows_and_a_numbered_first_column_is_read()
    {
        var d = Import("enterprise-2022-sections.txt");
        var p = d.Programme;
        Assert.Equal("наказ", p.LegalBasis.Kind);
        Assert.Equal("45-од", p.LegalBasis.Number);
        Assert.Equal(new DateOnly(2022, 3, 3), p.LegalBasis.Date);
        Assert.Equal("Комунальне підприємство «Міськводоканал» міста Полтави", p.Organization);
        Assert.Equal(new PeriodData(new DateOnly(2022, 1, 1), new DateOnly(2023, 12, 31)), p.Period);
        Assert.Equal(new ReportingData("quarterly", 5) { DueMonth = "first-after-period" }, p.Reporting);
        Assert.Equal([(1, "Оцінка корупційних ризиків"), (2, "Закупівлі")], p.Directions.Select(x => (x.Number, x.Title)));
        Assert.Equal(new TermData("period", "І квартал 2022 року", new DateOnly(2022, 1, 1), new DateOnly(2022, 3, 31)) { PartOfYear = "Q1" }, Measure(d, "1.1").Term);
        Assert.Equal(new TermData("annual", "Щороку до 1 лютого", null, null) { DueEachYear = "--02-01" }, Measure(d, "1.2").Term);
        Assert.False(Measure(d, "1.1").NeedsReview);
    }

    [Fact]
    public void Unnumbered_measures_are_numbered_in_order_and_flagged()
    {
        var d = Import("enterprise-2022-sections.txt");
        Assert.Equal(["2.1", "2.2", "2.3"], d.Programme.Directions[1].Measures.Select(m => m.Number));
        Assert.Equal(["2.1", "2.2", "2.3"], d.Warnings.Where(w => w.Code == "measure-number-assigned").Select(w => w.Measure));
        Assert.All(d.Programme.Directions[1].Measures, m => Assert.True(m.NeedsReview));
    }

    [Fact]
    public void Surplus_terms_in_a_row_are_kept_in_a_warning_and_the_row_flagged()
    {
        var d = Import("enterprise-2022-sections.txt");
        Assert.Equal("Постійно", Measure(d, "2.1").Term.Text);
        Assert.Equal("Щокварталу", Measure(d, "2.2").Term.Text);
        Assert.Equal(["Відділ закупівель"], Measure(d, "2.2").Executors.Select(e => e.Name));
        var surplus = Assert.Single(d.Warnings, w => w.Code == "cell-count-mismatch" && w.Message.Contains("зайві"));
        Assert.Contains("«2023 рік»", surplus.Message);
        Assert.Equal(27, surplus.Line);
        Assert.Equal(["2.1", "2.2"], d.Warnings.Where(w => w.Code == "cell-count-mismatch" && !w.Message.Contains("зайві")).Select(w => w.Measure));
    }

    [Fact]
    public void An_executor_that_starts_like_a_spreadsheet_formula_is_kept_as_written_but_flagged_for_review()
    {
        const string formula = "=HYPERLINK(\"http://evil.example/steal\")";
        var seed = System.Text.Encoding.UTF8.GetString(TestFiles.SeedBytes());
        var text = seed.Replace("\tФінансове управління\n", $"\t{formula}\n", StringComparison.Ordinal);
        Assert.NotEqual(seed, text);

        var d = ProgrammeImporter.Import(System.Text.Encoding.UTF8.GetBytes(text), "seed.txt");

        var measure = Measure(d, "1.3");
        Assert.Equal([formula], measure.Executors.Select(e => e.Name));
        Assert.True(measure.NeedsReview);
        var warning = Assert.Single(d.Warnings, w => w.Code == AntiCor.Core.Contracts.WarningCodes.ExecutorLooksLikeFormula);
        Assert.Equal("1.3", warning.Measure);
        Assert.Equal(34, warning.Line);
        Assert.Contains(formula, warning.Message);
    }
}
