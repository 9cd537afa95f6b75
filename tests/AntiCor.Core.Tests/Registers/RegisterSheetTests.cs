using System.Text;
using AntiCor.Core.Registers;
using AntiCor.Core.Registers.Import;
using AntiCor.Core.Tests.Builders;

namespace AntiCor.Core.Tests.Registers;

/// <summary>The register import reader with a small register of its own: header found, columns matched, each row checked like a form.</summary>
public sealed class RegisterSheetTests
{
    private sealed record Visit(Guid Unit, string Person, ConflictKind Kind, DateOnly From, DateOnly? To, int? Count);

    private static readonly ImportOption Finance = new(Guid.NewGuid(), "Фінансове управління");
    private static readonly ImportOption Legal = new(Guid.NewGuid(), "Юридичний відділ");

    private sealed class VisitSpec : IRegisterImportSpec<Visit>
    {
        public IReadOnlyList<RegisterImportColumn> Columns { get; } =
        [
            new("unit", "Підрозділ", ImportColumnUse.Required),
            new("person", "Особа", ImportColumnUse.Required),
            new("kind", "Вид", ImportColumnUse.Required),
            new("from", "З", ImportColumnUse.Required),
            new("to", "По", ImportColumnUse.Optional),
            new("count", "Кількість", ImportColumnUse.Optional),
            new("days", "Днів", ImportColumnUse.Derived),
        ];

        public Visit? Parse(RegisterImportRow row)
        {
            var unit = row.Option("unit", [Finance, Legal], "Немає такого підрозділу.");
            var person = row.Text("person", 20);
            var kind = row.Choice<ConflictKind>("kind", k => k == ConflictKind.Real ? "Реальний" : "Потенційний");
            var from = row.Date("from");
            var to = row.Date("to", required: false);
            var count = row.Number("count");
            row.Check("to", () =>
            {
                if (to < from)
                {
                    throw new AntiCor.Core.Domain.DomainException("Кінець раніше початку.");
                }
            });
            return row.IsValid ? new Visit(unit!.Id, person!, kind!.Value, from!.Value, to, count) : null;
        }
    }

    private static RegisterImportResult<Visit> Read(params DocxCell[][] rows) => Read(false, rows);

    private static RegisterImportResult<Visit> Read(bool datesAsNumbers, params DocxCell[][] rows) =>
        RegisterSheet.Read(new XlsxBuilder().Sheet("Реєстр", rows, datesAsNumbers: datesAsNumbers).Build(), "реєстр.xlsx", new VisitSpec());

    [Fact]
    public void The_header_below_a_title_is_found_and_columns_match_in_any_order_by_field_name_or_title_ignoring_case_and_spaces()
    {
        var result = Read(
            ["Реєстр відвідувань за 2047 рік"],
            [],
            ["  PERSON ", "Підрозділ", "from", "вид", "DAYS", "по"],
            ["Коваль Андрій", "юридичний   відділ", "05.03.2047", "потенційний", "3", "08.03.2047"],
            ["Бондар Ігор", "Фінансове управління", "06.03.2047", "Реальний", "", ""]);

        Assert.Null(result.FileError);
        Assert.True(result.CanStore);
        Assert.Equal(2, result.Lines.Count);
        var first = result.Lines[0];
        Assert.Equal(4, first.Line);
        Assert.Equal(new Visit(Legal.Id, "Коваль Андрій", ConflictKind.Potential, new DateOnly(2047, 3, 5), new DateOnly(2047, 3, 8), null), first.Input);
        Assert.Equal("Юридичний відділ", first.Shown["unit"]);
        Assert.Equal("Потенційний", first.Shown["kind"]);
        Assert.False(first.Shown.ContainsKey("days"));
        Assert.Null(result.Lines[1].Input!.To);
    }

    [Fact]
    public void Real_Excel_dates_are_read_as_dates()
    {
        var result = Read(true, ["unit", "person", "kind", "from", "to"], ["Юридичний відділ", "Коваль", "Реальний", "05.03.2047", "07.03.2047"]);

        var line = Assert.Single(result.Lines);
        Assert.Equal(new DateOnly(2047, 3, 5), line.Input!.From);
        Assert.Equal("07.03.2047", line.Shown["to"]);
    }

    [Fact]
    public void Every_problem_of_a_row_is_named_with_its_row_number_and_column_title()
    {
        var result = Read(
            ["unit", "person", "kind", "from", "to", "count"],
            ["Відділ кадрів", "", "Можливий", "2047-03-05", "", "багато"],
            ["Юридичний відділ", "Коваль", "Реальний", "05.03.2047", "01.03.2047", "2"]);

        Assert.False(result.CanStore);
        Assert.Equal(2, result.ErrorRows);
        Assert.Equal(
            [
                "Рядок 2, «Підрозділ»: Немає такого підрозділу.",
                "Рядок 2, «Особа»: Заповніть це поле.",
                "Рядок 2, «Вид»: Оберіть одне зі значень: «Реальний», «Потенційний».",
                "Рядок 2, «З»: " + RegisterImportWords.DateInvalid,
                "Рядок 2, «Кількість»: " + RegisterImportWords.NotANumber,
            ],
            result.Lines[0].Errors.Select(e => e.Text));
        Assert.Equal("Рядок 3, «По»: Кінець раніше початку.", Assert.Single(result.Lines[1].Errors).Text);
        Assert.All(result.Lines, l => Assert.Null(l.Input));
    }

    [Fact]
    public void Missing_required_and_unknown_columns_are_named_and_refuse_the_file()
    {
        var result = Read(["Підрозділ", "person", "Примітка", "Підпис"], ["Юридичний відділ", "Коваль", "—", "—"]);

        Assert.False(result.CanStore);
        Assert.Empty(result.Lines);
        Assert.Contains("бракує обов'язкових стовпців «kind», «from»", result.FileError, StringComparison.Ordinal);
        Assert.Contains("невідомі стовпці «Примітка», «Підпис»", result.FileError, StringComparison.Ordinal);
        Assert.Contains("Нічого не збережено", result.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workbook_without_a_header_row_has_no_table()
    {
        var result = Read(["Реєстр відвідувань"], ["Складено 01.01.2047"]);

        Assert.StartsWith("У книзі немає таблиці реєстру: у перших 10 рядках", result.FileError, StringComparison.Ordinal);
        Assert.Contains("«unit», «person», «kind», «from»", result.FileError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_rows_stores_nothing()
    {
        Assert.Equal(RegisterImportWords.NoRows, Read(["unit", "person", "kind", "from"]).FileError);
    }

    [Fact]
    public void Text_a_password_protected_workbook_and_an_old_xls_are_not_read()
    {
        var ole = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        var encrypted = ole.Concat(Encoding.Unicode.GetBytes("EncryptedPackage")).ToArray();

        var text = RegisterSheet.Read(Encoding.UTF8.GetBytes("unit;person\nЮридичний відділ;Коваль"), "реєстр.xlsx", new VisitSpec());
        var csv = RegisterSheet.Read(Encoding.UTF8.GetBytes("unit,person"), "реєстр.csv", new VisitSpec());
        var locked = RegisterSheet.Read(encrypted, "реєстр.xlsx", new VisitSpec());
        var zip = RegisterSheet.Read(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0 }, "реєстр.xlsx", new VisitSpec());

        Assert.StartsWith("Файл має розширення .xlsx, але не є книгою Excel (XLSX).", text.FileError, StringComparison.Ordinal);
        Assert.Equal(RegisterImportWords.NotXlsx, csv.FileError);
        Assert.StartsWith("Книгу Excel захищено паролем", locked.FileError, StringComparison.Ordinal);
        Assert.NotNull(zip.FileError);
        Assert.All(new[] { text, csv, locked, zip }, r => Assert.Empty(r.Lines));
    }

    [Fact]
    public void More_rows_than_the_limit_refuse_the_file()
    {
        var rows = new List<DocxCell[]> { new DocxCell[] { "unit", "person", "kind", "from" } };
        rows.AddRange(Enumerable.Range(0, RegisterSheet.MaxRows + 1).Select(i => new DocxCell[] { "Юридичний відділ", $"Особа {i}", "Реальний", "05.03.2047" }));

        var result = Read([.. rows]);

        Assert.Equal(RegisterImportWords.TooManyRows(RegisterSheet.MaxRows), result.FileError);
        Assert.Equal(RegisterSheet.MaxRows, Read([.. rows.Take(RegisterSheet.MaxRows + 1)]).Lines.Count);
    }

    [Fact]
    public void A_repeated_column_is_named()
    {
        var result = Read(["unit", "person", "kind", "from", "Особа"], ["Юридичний відділ", "Коваль", "Реальний", "05.03.2047", "Бондар"]);

        Assert.Contains("стовпці повторюються: «Особа»", result.FileError, StringComparison.Ordinal);
    }
}
