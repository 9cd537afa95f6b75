using System.Text;
using AntiCor.Core.Documents.Import;

namespace AntiCor.Core.Tests.Documents.Import;

public sealed class BadInputTests
{
    private static string ErrorOf(byte[] content) =>
        Assert.Throws<ImportException>(() => ProgrammeImporter.Import(content, "bad.txt")).Message;

    [Fact]
    public void An_empty_file_is_refused()
    {
        Assert.Equal("Файл порожній.", ErrorOf([]));
        Assert.StartsWith("Файл порожній", ErrorOf(Encoding.UTF8.GetBytes(" \n\t\n ")));
    }

    [Fact]
    public void A_binary_file_is_refused()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 };
        Assert.Contains("не є текстовим документом", ErrorOf(png));
    }

    [Fact]
    public void A_text_without_a_table_is_refused()
    {
        var text = "РОЗПОРЯДЖЕННЯ\n\nвід 1 січня 2020 року\n\n№ 1\n\nПро щось інше\n";
        Assert.Contains("не знайдено таблиці заходів", ErrorOf(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void A_table_with_fewer_than_three_columns_is_refused()
    {
        var text = "РОЗПОРЯДЖЕННЯ\n\n№ 1\n\nЗахід\tВиконавець\nЗробити\tВідділ\n";
        Assert.Contains("менше трьох стовпців", ErrorOf(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_before_it_is_read()
    {
        var huge = new byte[ProgrammeImporter.MaxBytes + 1];
        Assert.Contains("завеликий", ErrorOf(huge));
    }

    [Fact]
    public void Every_refusal_is_one_line()
    {
        byte[][] inputs = [[], [0, 1, 2, 3], Encoding.UTF8.GetBytes("текст без таблиці")];
        Assert.All(inputs, input => Assert.DoesNotContain('\n', ErrorOf(input)));
    }
}
