using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Export;
using AntiCor.Core.Documents.Import;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AntiCor.Core.Tests.Documents.Export;

public sealed class DocxExportTests
{
    private static byte[] Docx(ProgrammeDocument d) => ProgrammeExport.ToBytes(d, ExportFormat.Docx);

    private static ProgrammeDocument RoundTrip(ProgrammeDocument d) => ProgrammeImporter.Import(Docx(d), "export.docx");

    private static List<MeasureData> Measures(ProgrammeDocument d) => d.Programme.Directions.SelectMany(x => x.Measures).ToList();

    /// <summary>Everything the order and its annex say, but not where in the file they were found.</summary>
    private static void AssertSameProgramme(ProgrammeDocument expected, ProgrammeDocument actual, bool compareReview = true)
    {
        var e = expected.Programme;
        var a = actual.Programme;
        Assert.Equal(e.Title, a.Title);
        Assert.Equal(e.LegalBasis, a.LegalBasis);
        Assert.Equal(e.ParentProgramme, a.ParentProgramme);
        Assert.Equal(e.Period, a.Period);
        Assert.Equal(e.Reporting, a.Reporting);
        Assert.Equal(e.Coordinator, a.Coordinator);
        Assert.Equal(e.Organization, a.Organization);
        Assert.Equal(e.Directions.Select(x => (x.Number, x.Title)), a.Directions.Select(x => (x.Number, x.Title)));
        Assert.Equal(e.Directions.Select(x => x.Measures.Count), a.Directions.Select(x => x.Measures.Count));
        foreach (var (want, got) in Measures(expected).Zip(Measures(actual)))
        {
            Assert.Equal(want.Number, got.Number);
            Assert.Equal(want.Text, got.Text);
            Assert.Equal(want.Term, got.Term);
            Assert.Equal(want.Executors, got.Executors);
            if (compareReview)
            {
                Assert.True(want.NeedsReview == got.NeedsReview, $"needsReview of {want.Number}");
            }
        }
    }

    [Fact]
    public void Seed_exported_as_docx_imports_back_to_the_same_programme()
    {
        var seed = ExportPlans.Seed;
        var back = RoundTrip(seed);

        // Measure 7.5, which the seed leaves without executors, is an empty (not merged) cell in
        // Word: it comes back empty and flagged, never filled from the measure above.
        var gap = Measures(seed).Single(m => m.Executors.Count == 0);
        Assert.Equal("7.5", gap.Number);
        var back75 = Measures(back).Single(m => m.Number == "7.5");
        Assert.Empty(back75.Executors);
        Assert.True(back75.NeedsReview);

        // The seed's doubtful row is flagged from the source; the exported table has no such row.
        AssertSameProgramme(seed, back, compareReview: false);
        Assert.Equal(
            ["missing-executors", "reporting-due-month-unspecified"],
            back.Warnings.Select(w => w.Code).Order());
        Assert.Equal("7.5", back.Warnings.Single(w => w.Code == "missing-executors").Measure);
    }

    [Fact]
    public void Village_plan_with_terms_of_every_kind_and_an_external_executor_survives_the_docx_round_trip()
    {
        var plan = ExportPlans.Village();
        var back = RoundTrip(plan);
        AssertSameProgramme(plan, back);
        Assert.Empty(back.Warnings);
        var consent = Measures(back).Single(m => m.Number == "2.1").Executors.Single(e => e.ConsentRequired);
        Assert.Equal(new ExecutorData("Громадські організації", "громадські організації (за згодою)", "external", true), consent);
        Assert.Equal(
            ["date", "period", "per-plan", "continuous", "quarterly", "on-occurrence", "annual", "period", "period"],
            Measures(back).Select(m => m.Term.Kind));
    }

    [Fact]
    public void Enterprise_plan_with_two_digit_numbers_single_measure_directions_and_long_texts_survives_the_docx_round_trip()
    {
        var plan = ExportPlans.Enterprise();
        var back = RoundTrip(plan);
        AssertSameProgramme(plan, back);
        Assert.Empty(back.Warnings);
        Assert.Equal("10.12", Measures(back).Where(m => m.Number.StartsWith("10.")).Last().Number);
        Assert.True(Measures(back).Single(m => m.Number == "7.1").Text.Length > 2000);
        Assert.Equal("1) Оновити антикорупційну програму за результатами оцінки ризиків", Measures(back).Single(m => m.Number == "5.1").Text);
    }

    [Fact]
    public void A_direction_with_one_measure_is_written_without_a_number_and_others_are_numbered_within_the_direction()
    {
        var texts = AnnexRows(Docx(ExportPlans.Seed)).Select(r => r[2]).ToList();
        Assert.StartsWith("1. Забезпечити функціонування", texts[0]);
        Assert.Contains(texts, t => t.StartsWith("8. Забезпечити інтеграцію", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("Забезпечити участь осіб", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.StartsWith("1. Забезпечити участь осіб", StringComparison.Ordinal));
    }

    [Fact]
    public void Executors_are_written_as_the_order_wrote_them_with_consent_kept()
    {
        var rows = AnnexRows(Docx(ExportPlans.Seed));
        Assert.Contains(rows, r => r[4] == "Відділ з питань запобігання і виявлення корупції та взаємодії з правоохоронними та контролюючими органами, громадська рада (за згодою)");
        Assert.Contains(rows, r => r[4] == "Виконавчі органи, керівники підприємств, установ, організацій, що перебувають у комунальній власності");
    }

    [Fact]
    public void Direction_number_and_title_are_merged_down_over_its_measures()
    {
        using var word = Open(Docx(ExportPlans.Seed));
        var rows = AnnexTable(word).Elements<TableRow>().Skip(2).Take(8).ToList();
        var merges = rows.Select(r => r.Elements<TableCell>().Take(2).Select(Merge).ToList()).ToList();
        Assert.Equal(["restart", "restart"], merges[0]);
        Assert.All(merges.Skip(1), m => Assert.Equal(["continue", "continue"], m));
    }

    [Fact]
    public void Header_and_column_number_rows_repeat_on_every_page()
    {
        using var word = Open(Docx(ExportPlans.Seed));
        var rows = AnnexTable(word).Elements<TableRow>().ToList();
        Assert.All(rows.Take(2), r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.All(rows.Skip(2), r => Assert.Null(r.TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.Equal(["№ з/п", "Назва напрямку реалізації", "Перелік заходів", "Термін виконання заходу", "Виконавці"], CellTexts(rows[0]));
        Assert.Equal(["1", "2", "3", "4", "5"], CellTexts(rows[1]));
    }

    [Fact]
    public void Table_has_fixed_column_widths_and_borders()
    {
        using var word = Open(Docx(ExportPlans.Seed));
        var table = AnnexTable(word);
        var properties = table.GetFirstChild<TableProperties>()!;
        Assert.Equal(TableLayoutValues.Fixed, properties.TableLayout!.Type!.Value);
        Assert.Equal(BorderValues.Single, properties.TableBorders!.InsideHorizontalBorder!.Val!.Value);
        Assert.Equal(BorderValues.Single, properties.TableBorders!.InsideVerticalBorder!.Val!.Value);
        var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(g => int.Parse(g.Width!.Value!)).ToList();
        Assert.Equal(5, grid.Count);
        Assert.Equal(ProgrammeDocxWriter.PageWidth - 1701 - 567, grid.Sum());
    }

    [Fact]
    public void Page_is_a4_portrait_in_times_new_roman_with_the_page_number_in_the_footer()
    {
        using var word = Open(Docx(ExportPlans.Seed));
        var main = word.MainDocumentPart!;
        var section = main.Document!.Body!.GetFirstChild<SectionProperties>()!;
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906u, size.Width!.Value);
        Assert.Equal(16838u, size.Height!.Value);
        Assert.Equal(PageOrientationValues.Portrait, size.Orient!.Value);

        var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("Times New Roman", defaults.RunFonts!.HighAnsi!.Value);
        Assert.Equal("24", defaults.FontSize!.Val!.Value);

        var footerId = section.GetFirstChild<FooterReference>()!.Id!.Value!;
        var footer = (FooterPart)main.GetPartById(footerId);
        Assert.Contains(footer.Footer!.Descendants<FieldCode>(), f => f.Text.Trim() == "PAGE");
    }

    [Fact]
    public void Plan_title_is_centred_bold_in_14_points_under_the_approval_block()
    {
        using var word = Open(Docx(ExportPlans.Seed));
        var paragraphs = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        var approved = paragraphs.FindIndex(p => p.InnerText == "ЗАТВЕРДЖЕНО");
        Assert.True(approved > 0);
        Assert.NotNull(paragraphs[approved].ParagraphProperties!.PageBreakBefore);
        Assert.True(int.Parse(paragraphs[approved].ParagraphProperties!.Indentation!.Left!.Value!) > 4000, "approval block at the right");
        Assert.Equal(
            ["ЗАТВЕРДЖЕНО", "Розпорядження міського голови міста Кропивницького", "12 серпня 2019 року № 98"],
            paragraphs.Skip(approved).Take(3).Select(p => p.InnerText));

        var title = paragraphs[approved + 3];
        Assert.Equal(ExportPlans.Seed.Programme.Title, title.InnerText);
        Assert.Equal(JustificationValues.Center, title.ParagraphProperties!.Justification!.Val!.Value);
        var run = title.Elements<Run>().First().RunProperties!;
        Assert.NotNull(run.Bold);
        Assert.Equal("28", run.FontSize!.Val!.Value);
    }

    [Fact]
    public void Order_text_names_the_act_its_date_in_words_and_the_reporting_rule()
    {
        using var word = Open(Docx(ExportPlans.Seed));
        var texts = word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal("РОЗПОРЯДЖЕННЯ", texts[0]);
        Assert.Equal("МІСЬКОГО ГОЛОВИ МІСТА КРОПИВНИЦЬКОГО", texts[1]);
        Assert.Equal("від 12 серпня 2019 року№ 98", texts[2]);
        Assert.Contains(texts, t => t.Contains("щокварталу до 25 числа протягом 2019-2020 років інформувати відділ з питань запобігання і виявлення корупції"));
        Assert.Contains(texts, t => t.StartsWith("Відповідно до розпорядження голови Кіровоградської обласної державної адміністрації від 4 липня 2019 року № 867-р", StringComparison.Ordinal));
    }

    private static string Merge(TableCell cell) => cell.TableCellProperties?.VerticalMerge switch
    {
        null => "none",
        { Val: { } v } when v.Value == MergedCellValues.Restart => "restart",
        _ => "continue",
    };

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static Table AnnexTable(WordprocessingDocument word) => word.MainDocumentPart!.Document!.Body!.Elements<Table>().Single();

    private static List<string> CellTexts(TableRow row) => row.Elements<TableCell>().Select(c => c.InnerText).ToList();

    private static List<List<string>> AnnexRows(byte[] docx)
    {
        using var word = Open(docx);
        return AnnexTable(word).Elements<TableRow>().Skip(2).Select(CellTexts).ToList();
    }
}
