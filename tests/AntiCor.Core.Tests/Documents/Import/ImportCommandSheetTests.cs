using System.Text.Json;
using AntiCor.Core.Tests.Builders;

namespace AntiCor.Core.Tests.Documents.Import;

/// <summary>`anticor import BOOK.xlsx --sheet NAME --json --dry-run`: no database is opened.</summary>
public sealed class ImportCommandSheetTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private Task<(int Code, string Out, string Err)> Run(params string[] args) => _cli.Run(args);

    private string Book()
    {
        var path = Path.Combine(_cli.Folder, "план.xlsx");
        File.WriteAllBytes(path, new XlsxBuilder()
            .Sheet("Заходи", [["Захід", "Строк", "Виконавці"], ["Оновити реєстр ризиків", "2025 рік", "Комісія"]])
            .Sheet("Звіт", [["Захід", "Строк", "Виконавці", "Стан виконання"], ["Провести навчання", "2025 рік", "Відділ кадрів", "Виконано"]])
            .Build());
        return path;
    }

    [Fact]
    public async Task The_sheet_option_chooses_the_sheet_of_a_workbook()
    {
        var (code, stdout, stderr) = await Run("import", Book(), "--sheet", "Звіт", "--json", "--dry-run");

        Assert.True(code == 0, stderr);
        var measure = JsonDocument.Parse(stdout).RootElement.GetProperty("programme").GetProperty("directions")[0].GetProperty("measures")[0];
        Assert.Equal("Провести навчання", measure.GetProperty("text").GetString());
        Assert.Equal("done", measure.GetProperty("monitoring").GetProperty("statusNormalized").GetString());
        Assert.False(File.Exists(Path.Combine(_cli.Folder, "anticor.db")), "no database for a dry run");
    }

    [Fact]
    public async Task A_sheet_the_workbook_lacks_exits_2_naming_the_sheets_it_has()
    {
        var (code, stdout, stderr) = await Run("import", Book(), "--sheet", "Ризики", "--dry-run");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("немає аркуша «Ризики»; є аркуші: «Заходи», «Звіт».", stderr);
    }
}
