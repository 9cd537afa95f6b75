using System.Text;
using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Tests.Builders;

namespace AntiCor.Core.Tests.Documents.Import;

public sealed class DocxImportTests
{
    private static readonly ProgrammeDocument FromText = ProgrammeImporter.Import(TestFiles.SeedBytes(), "seed.txt");

    /// <summary>The programme without where it came from: source lines differ between formats.</summary>
    private static object Content(ProgrammeDocument d) => new
    {
        d.Programme.Title,
        d.Programme.LegalBasis,
        d.Programme.ParentProgramme,
        d.Programme.Period,
        d.Programme.Coordinator,
        d.Programme.Reporting,
        d.Programme.Organization,
        Directions = ContractJson.Serialize(d with
        {
            Warnings = [],
            Programme = d.Programme with
            {
                Directions = d.Programme.Directions.Select(x => x with { Measures = x.Measures.Select(m => m with { Source = null }).ToList() }).ToList(),
            },
        }),
    };

    [Fact]
    public void The_seed_as_docx_gives_the_same_programme_as_the_text()
    {
        var docx = TextToDocx.Convert(Encoding.UTF8.GetString(TestFiles.SeedBytes()));
        var fromDocx = ProgrammeImporter.Import(docx, "seed.docx");
        Assert.Equal(Content(FromText), Content(fromDocx));

        // Word says which cells are merged, so what plain text can only infer (with a warning) is certain here.
        const string inferred = "merged-cell-inherited";
        Assert.Equal(
            FromText.Warnings.Where(w => w.Code != inferred).Select(w => (w.Code, w.Measure)),
            fromDocx.Warnings.Select(w => (w.Code, w.Measure)));
        Assert.Equal(4, FromText.Warnings.Count(w => w.Code == inferred));
        Assert.Equal(FromText.Programme.Directions.SelectMany(d => d.Measures).Select(m => m.Source!.Page), fromDocx.Programme.Directions.SelectMany(d => d.Measures).Select(m => m.Source!.Page));
    }

    [Fact]
    public void The_sample_docx_shipped_for_uploads_is_the_seed_laid_out_as_word()
    {
        var sample = File.ReadAllBytes(TestFiles.Path("samples/kropyvnytskyi-2019-order-98.docx"));
        var expected = TextToDocx.Convert(Encoding.UTF8.GetString(TestFiles.SeedBytes()));
        Assert.Equal(Content(ProgrammeImporter.Import(expected, "expected.docx")), Content(ProgrammeImporter.Import(sample, "sample.docx")));
    }

    [Fact]
    public void Word_numbering_merged_cells_and_spans_are_read()
    {
        var docx = new DocxBuilder()
            .Paragraph("РОЗПОРЯДЖЕННЯ")
            .Paragraph("МІСЬКОГО ГОЛОВИ МІСТА ЗНАМ'ЯНКИ")
            .Paragraph("від 3 квітня 2023 року")
            .Paragraph("№ 41")
            .EmptyParagraph()
            .Paragraph("Про затвердження заходів щодо запобігання корупції на 2023-2024 роки")
            .Paragraph("1. Затвердити заходи. 2. Виконавчим органам щокварталу до 20 числа останнього місяця кварталу інформувати відділ з питань запобігання корупції про стан їх виконання.")
            .Table(
                [
                    ["№ з/п", "Напрям", "Перелік заходів", "Термін виконання", "Виконавці"],
                    ["1", new DocxCell(["Прозорість"], MergeStart: true), new DocxCell(["Оприлюднювати рішення"], Numbered: true), new DocxCell(["Постійно"], MergeStart: true), "Загальний відділ"],
                    ["", new DocxCell([], MergeContinue: true), new DocxCell(["Вести реєстр запитів"], Numbered: true), new DocxCell([], MergeContinue: true), "Загальний відділ, відділ з питань запобігання корупції"],
                    [new DocxCell(["Примітка: заходи фінансуються в межах кошторисів"], Span: 5)],
                ],
                headerRows: 1)
            .Build();

        var d = ProgrammeImporter.Import(docx, "plan.docx");
        var measures = d.Programme.Directions.Single().Measures;
        Assert.Equal(["1.1", "1.2"], measures.Select(m => m.Number));
        Assert.Equal(["Оприлюднювати рішення", "Вести реєстр запитів"], measures.Select(m => m.Text));
        Assert.All(measures, m => Assert.Equal(new TermData("continuous", "Постійно", null, null), m.Term));
        Assert.Equal(new ReportingData("quarterly", 20) { DueMonth = "last-of-period" }, d.Programme.Reporting);
        Assert.Equal("Відділ з питань запобігання корупції", d.Programme.Coordinator);
        Assert.DoesNotContain(d.Warnings, w => w.Code == "merged-cell-inherited");
        Assert.Contains(d.Warnings, w => w.Code == "direction-number-unreadable" && w.Message.Contains("Примітка"));
    }

    [Fact]
    public void A_table_the_author_split_over_two_pages_is_one_annex()
    {
        var docx = new DocxBuilder()
            .Paragraph("НАКАЗ")
            .Paragraph("від 5 травня 2022 року № 7")
            .Paragraph("Про затвердження антикорупційної програми на 2022 рік")
            .Table(
                [
                    ["№", "Напрям", "Захід", "Термін", "Виконавці"],
                    ["1", "Навчання та", "1. Провести навчання", "2022 рік", "Відділ кадрів"],
                ],
                headerRows: 1)
            .EmptyParagraph()
            .Table(
                [
                    ["", "підвищення кваліфікації", "2. Провести тестування", "IV квартал 2022 року", "Відділ кадрів"],
                ])
            .Build();

        var d = ProgrammeImporter.Import(docx, "split.docx");
        var direction = d.Programme.Directions.Single();
        Assert.Equal("Навчання та підвищення кваліфікації", direction.Title);
        Assert.Equal([1, 2], direction.Measures.Select(m => m.Source!.Page));
    }

    [Fact]
    public void Not_a_docx_though_named_docx_is_refused()
    {
        var e = Assert.Throws<ImportException>(() => ProgrammeImporter.Import(Encoding.UTF8.GetBytes("просто текст"), "plan.docx"));
        Assert.Contains("не є документом Word", e.Message);
    }

    [Fact]
    public void A_password_protected_docx_is_refused()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
        var e = Assert.Throws<ImportException>(() => ProgrammeImporter.Import(ole, "plan.docx"));
        Assert.Contains("паролем", e.Message);
    }

    [Fact]
    public void A_corrupt_docx_is_refused()
    {
        var docx = new DocxBuilder().Paragraph("текст").Build();
        var corrupt = docx.Take(docx.Length / 2).ToArray();
        var e = Assert.Throws<ImportException>(() => ProgrammeImporter.Import(corrupt, "plan.docx"));
        Assert.Contains("пошкоджено", e.Message);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_unpacked()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("word/document.xml");
            var bomb = zip.CreateEntry("word/media/bomb.bin", System.IO.Compression.CompressionLevel.SmallestSize);
            using var entry = bomb.Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 110; i++)
            {
                entry.Write(zeros);
            }
        }

        Assert.True(stream.Length < 1024 * 1024, "the bomb is small packed");
        var e = Assert.Throws<ImportException>(() => ProgrammeImporter.Import(stream.ToArray(), "bomb.docx"));
        Assert.Contains("після розпакування", e.Message);
    }

    [Fact]
    public void A_docx_without_a_table_is_refused()
    {
        var docx = new DocxBuilder().Paragraph("РОЗПОРЯДЖЕННЯ").Paragraph("Про щось").Build();
        var e = Assert.Throws<ImportException>(() => ProgrammeImporter.Import(docx, "plan.docx"));
        Assert.Contains("не знайдено таблиці", e.Message);
    }

    [Fact]
    public void A_docx_table_with_two_columns_is_refused()
    {
        var docx = new DocxBuilder().Paragraph("НАКАЗ").Table([["Захід", "Виконавці"], ["Зробити", "Відділ"]]).Build();
        var e = Assert.Throws<ImportException>(() => ProgrammeImporter.Import(docx, "plan.docx"));
        Assert.Contains("менше трьох стовпців", e.Message);
    }
}
