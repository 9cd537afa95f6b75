using System.Text;
using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Tests.Builders;
using AntiCor.Core.Tests.Documents.Import.Plans;

namespace AntiCor.Core.Tests.Documents.Import;

/// <summary>Programmes kept as Excel workbooks: the risk programme's annex alone, and the workbook's own ways.</summary>
public sealed class XlsxImportTests
{
    private static readonly ProgrammeDocument Annex = ProgrammeImporter.Import(RiskPlan.Xlsx(), "programme.xlsx");

    [Fact]
    public void The_annex_alone_gives_the_same_table_as_the_order_in_word()
    {
        RiskPlanTests.AssertTable(Annex);
        Assert.Equal(RiskPlan.Title, Annex.Programme.Title);
        Assert.Equal(new PeriodData(new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31)), Annex.Programme.Period);
    }

    [Fact]
    public void Without_the_order_the_act_and_the_reporting_rule_are_left_empty_and_flagged()
    {
        Assert.Equal(new LegalBasisData(null, null, null, null, null), Annex.Programme.LegalBasis);
        Assert.Equal(ReportingData.Unset, Annex.Programme.Reporting);
        PlanAssert.Warnings(
            new Dictionary<string, int>
            {
                [WarningCodes.OtherSheets] = 1,
                [WarningCodes.ActKindNotFound] = 1,
                [WarningCodes.ActNumberNotFound] = 1,
                [WarningCodes.ActDateNotFound] = 1,
                [WarningCodes.ActIssuerNotFound] = 1,
                [WarningCodes.MeasuresNumberedInOrder] = 1,
                [WarningCodes.CoordinatorNotFound] = 1,
                [WarningCodes.ReportingRuleNotFound] = 1,
            },
            Annex);
    }

    [Fact]
    public void The_first_sheet_holding_a_table_is_read_and_the_other_visible_sheets_are_named()
    {
        var other = Annex.Warnings.Single(w => w.Code == WarningCodes.OtherSheets);
        Assert.Equal("Імпортовано аркуш «Заходи»; у книзі є й інші аркуші: «Пояснення». Щоб імпортувати інший, оберіть його.", other.Message);
        Assert.Equal(new SourceData(6, 1), Annex.Programme.Directions[0].Measures[0].Source);
    }

    private static readonly DocxCell[][] Small =
    [
        ["№", "Захід", "Строк", "Відповідальні"],
        ["1.", new DocxCell(["Оновити реєстр ризиків", "та оприлюднити його"]), "30.06.2025", "Комісія"],
    ];

    [Fact]
    public void A_sheet_can_be_chosen_by_name()
    {
        var book = new XlsxBuilder().Sheet("План", Small).Sheet("Звіт 2025", [["№", "Захід", "Строк", "Виконавці"], ["1.", "Провести опитування", "2025 рік", "Сектор"]]).Build();

        var chosen = ProgrammeImporter.Import(book, "plan.xlsx", sheet: "звіт 2025");
        Assert.Equal("Провести опитування", chosen.Programme.Directions.Single().Measures.Single().Text);
        Assert.Contains("у книзі є й інші аркуші: «План»", chosen.Warnings.Single(w => w.Code == WarningCodes.OtherSheets).Message);

        var e = Assert.Throws<ImportException>(() => ProgrammeImporter.Import(book, "plan.xlsx", sheet: "Ризики"));
        Assert.Equal("У книзі немає аркуша «Ризики»; є аркуші: «План», «Звіт 2025».", e.Message);
    }

    [Fact]
    public void Line_breaks_in_a_cell_are_its_paragraphs_and_a_date_cell_reads_as_written()
    {
        var d = ProgrammeImporter.Import(new XlsxBuilder().Sheet("План", Small, datesAsNumbers: true).Build(), "plan.xlsx");
        var measures = d.Programme.Directions.Single().Measures;
        Assert.Equal(["Оновити реєстр ризиків", "та оприлюднити його"], measures.Select(m => m.Text));
        Assert.Equal(new TermData(TermKinds.Date, "30.06.2025", null, new DateOnly(2025, 6, 30)), measures[0].Term);
    }

    [Fact]
    public void An_xlsx_is_told_by_its_content_whatever_its_name_and_a_docx_is_never_taken_for_one()
    {
        var book = new XlsxBuilder().Sheet("План", Small).Build();
        Assert.Equal(SourceFormat.Xlsx, DocumentFormatDetector.Detect(book, "plan.docx"));
        Assert.Equal(SourceFormat.Xlsx, DocumentFormatDetector.Detect(book, "plan"));
        Assert.Equal(SourceFormat.Docx, DocumentFormatDetector.Detect(RiskPlan.Docx(), "programme.xlsx"));
        Assert.Equal("Оновити реєстр ризиків", ProgrammeImporter.Import(book, "renamed.docx").Programme.Directions[0].Measures[0].Text);
    }

    public static TheoryData<string, byte[], string> Refused() => new()
    {
        { "not a spreadsheet", Encoding.UTF8.GetBytes("це не таблиця"), "Файл має розширення .xlsx, але не є книгою Excel (XLSX)." },
        { "password-protected", PasswordProtected(), "Книгу Excel захищено паролем; збережіть її як XLSX без пароля." },
        { "an archive of something else", Archive("photos/readme.txt", 1), "Файл є архівом, але не документом Word (DOCX) чи книгою Excel (XLSX)." },
        { "a zip bomb", Archive("xl/workbook.xml", 110), "Книга XLSX після розпакування перевищує 100 МБ; її не імпортовано." },
        { "cut short", new XlsxBuilder().Sheet("План", Small).Build()[..300], "Файл XLSX пошкоджено: архів не читається." },
        { "no table", new XlsxBuilder().Sheet("Нотатки", [["Лише текст"], ["Ще текст", "і ще"]]).Build(), "У книзі не знайдено аркуша з таблицею заходів." },
        { "no measures column", new XlsxBuilder().Sheet("План", [["Опис", "Строк", "Відповідальні"], ["Щось", "2025 рік", "Відділ"]]).Build(), "У заголовку таблиці (рядок 1) немає стовпця із заходами" },
        { "too many rows", TooManyRows(), "Аркуш «План» завеликий для плану заходів: понад 5000 рядків або 100000 заповнених клітинок; його не імпортовано." },
        { "too many columns", TooWide(), "Аркуш «План» завеликий для плану заходів: понад 60 стовпців (клітинка в рядку 2); його не імпортовано." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_workbook_that_cannot_be_read_is_refused_in_one_clear_line(string what, byte[] content, string message)
    {
        var e = Assert.Throws<ImportException>(() => ProgrammeImporter.Import(content, "plan.xlsx"));
        Assert.True(e.Message.StartsWith(message), $"{what}: {e.Message}");
        Assert.DoesNotContain('\n', e.Message);
    }

    /// <summary>What Excel saves with a password: an OLE container holding an "EncryptedPackage" stream.</summary>
    private static byte[] PasswordProtected()
    {
        byte[] header = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        return [.. header, .. new byte[504], .. Encoding.Unicode.GetBytes("EncryptionInfo"), .. new byte[50], .. Encoding.Unicode.GetBytes("EncryptedPackage"), .. new byte[100]];
    }

    /// <summary>A zip holding one part of so many megabytes of zeros (small when packed).</summary>
    private static byte[] Archive(string part, int megabytes)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(part, System.IO.Compression.CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                entry.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    private static byte[] TooManyRows() =>
        new XlsxBuilder().Sheet("План", [.. Small, .. Enumerable.Range(0, 5000).Select(i => new DocxCell[] { $"{i + 2}.", $"Захід {i}", "2025 рік", "Відділ" })]).Build();

    private static byte[] TooWide() =>
        new XlsxBuilder().Sheet("План", [Small[0], [.. Small[1], .. Enumerable.Repeat<DocxCell>("", 56), "зайве"]]).Build();
}
