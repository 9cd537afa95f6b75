using System.Text;
using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Export;
using AntiCor.Core.Documents.Import;
using BenchmarkDotNet.Attributes;

namespace AntiCor.Bench;

/// <summary>
/// Reading the seed order in each format and writing it in each export format. Run side by side
/// in one process, so the ratios to the plain-text import hold on a noisy shared machine.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class DocumentBenchmarks
{
    private byte[] _text = [];
    private byte[] _docx = [];
    private byte[] _html = [];
    private ProgrammeDocument _programme = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples");
        _text = File.ReadAllBytes(Path.Combine(folder, "kropyvnytskyi-2019-order-98.txt"));
        _docx = File.ReadAllBytes(Path.Combine(folder, "kropyvnytskyi-2019-order-98.docx"));
        _html = Encoding.UTF8.GetBytes(SeedAsHtml(Encoding.UTF8.GetString(_text)));
        _programme = ProgrammeImporter.Import(_text, "seed.txt");
    }

    [Benchmark(Baseline = true)]
    public ProgrammeDocument ImportText() => ProgrammeImporter.Import(_text, "seed.txt");

    [Benchmark]
    public ProgrammeDocument ImportDocx() => ProgrammeImporter.Import(_docx, "seed.docx");

    [Benchmark]
    public ProgrammeDocument ImportHtml() => ProgrammeImporter.Import(_html, "seed.html");

    [Benchmark]
    public byte[] ExportDocx() => ProgrammeExport.ToBytes(_programme, ExportFormat.Docx);

    [Benchmark]
    public byte[] ExportXlsx() => ProgrammeExport.ToBytes(_programme, ExportFormat.Xlsx);

    [Benchmark]
    public byte[] ExportCsv() => ProgrammeExport.ToBytes(_programme, ExportFormat.Csv);

    /// <summary>The seed as a council's web page would carry it: paragraphs, then the annex as a table.</summary>
    private static string SeedAsHtml(string text)
    {
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>");
        var inTable = false;
        foreach (var line in text.Split('\n'))
        {
            if (line.Contains('\t'))
            {
                html.Append(inTable ? "" : "<table>");
                inTable = true;
                html.Append("<tr>").Append(string.Concat(line.Split('\t').Select(c => $"<td>{c}</td>"))).Append("</tr>");
                continue;
            }

            if (inTable && line.Trim().Length > 0)
            {
                html.Append("</table>");
                inTable = false;
            }

            foreach (var part in line.Split("**").Where(p => p.Trim().Length > 0))
            {
                html.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(part.Trim())).Append("</p>");
            }
        }

        return html.Append(inTable ? "</table>" : "").Append("</body></html>").ToString();
    }
}
