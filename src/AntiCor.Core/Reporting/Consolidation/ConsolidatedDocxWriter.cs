using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static AntiCor.Core.Reporting.Consolidation.WordParts;

namespace AntiCor.Core.Reporting.Consolidation;

/// <summary>
/// The consolidated report as a letter to the mayor: the addressee, «Інформація про стан
/// виконання …» with the programme's act, the summary counts and share, a chart of statuses by
/// direction, the table direction → measure → executors (status, what was done, verdict), the
/// late and the missing, and the generation and as-of times. The chart is a table of shaded cells
/// whose widths are proportional to the counts: Word, LibreOffice and any converter draw it
/// without a chart part, and its numbers stay readable as text.
/// </summary>
public static class ConsolidatedDocxWriter
{
    private static readonly int[] Columns = [680, 2700, 1900, 1250, 2108, 1000];

    private static readonly string[] Titles = ["№", "Захід", "Виконавець", "Статус", "Що зроблено", "Висновок"];

    public static byte[] ToBytes(ConsolidatedReport report)
    {
        // Built in memory: the Open XML SDK needs a seekable stream, a response body is not.
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            body.Append(Letter(report));
            body.Append(Section());
            main.Document = new Document(body);
        }

        return buffer.ToArray();
    }

    private static IEnumerable<OpenXmlElement> Letter(ConsolidatedReport r)
    {
        yield return Text("Міському голові", indentLeft: 5954);
        yield return Text(r.OrganizationName, indentLeft: 5954, after: 360);
        yield return Text(ConsolidatedWording.Title(r), JustificationValues.Center, bold: true, size: 28, after: 60);
        yield return Text(ConsolidatedWording.Act(r.Act), JustificationValues.Center, after: 240);
        if (r.IsCumulative)
        {
            yield return Text($"Звітні періоди: {string.Join(", ", r.PeriodsCovered)}.", firstLine: 709, after: 120);
        }

        yield return Text(ConsolidatedWording.Summary(r.Summary), JustificationValues.Both, firstLine: 709, after: 120);
        yield return Text(ConsolidatedWording.Share(r.Summary), JustificationValues.Both, firstLine: 709, after: 240);

        yield return Text("Стан виконання за напрямами", bold: true, after: 120);
        yield return Chart(r);
        yield return Text(ConsolidatedWording.ObsoleteFootnote, size: 20, after: 240);

        yield return Text("Стан виконання заходів", bold: true, after: 120);
        yield return MeasureTable(r);

        yield return Text("Звіти, подані із запізненням", bold: true, after: 60);
        foreach (var p in Listing(r.Late, row => $"{row.UnitName} — захід {row.MeasureNumber} ({row.Period}): {ReportingWords.Days(row.FirstDaysLate ?? 0)}"))
        {
            yield return p;
        }

        yield return Text("Не подали інформацію (або її ще не прийнято)", bold: true, after: 60);
        foreach (var p in Listing(r.Missing, row => $"{row.UnitName} — захід {row.MeasureNumber} ({row.Period}), строк {ConsolidatedWording.Date(row.DueOn)}"))
        {
            yield return p;
        }

        yield return Text(ConsolidatedWording.Stamps(r), size: 20, after: 0);
    }

    private static IEnumerable<Paragraph> Listing(IReadOnlyList<ConsolidatedRow> rows, Func<ConsolidatedRow, string> line)
    {
        if (rows.Count == 0)
        {
            yield return Text("Немає.", firstLine: 709, after: 240);
            yield break;
        }

        for (var i = 0; i < rows.Count; i++)
        {
            yield return Text($"{i + 1}. {line(rows[i])}", firstLine: 709, after: i == rows.Count - 1 ? 240 : 0);
        }
    }

    /// <summary>One row per direction: its name, a bar of shaded cells per status, and the count of measures.</summary>
    private static Table Chart(ConsolidatedReport r)
    {
        const int nameWidth = 3200;
        const int totalWidth = 700;
        const int barWidth = TextWidth - nameWidth - totalWidth;
        var table = Table([nameWidth, barWidth, totalWidth], borders: false);
        foreach (var d in r.Directions)
        {
            var s = d.Summary;
            var parts = StatusSummary.Order.Select(st => ((MeasureStatus?)st, s[st])).Append((null, s.NoInformation)).Where(p => p.Item2 > 0).ToList();
            table.Append(new TableRow(
                Cell(nameWidth, $"{d.Number}. {d.Title}", size: 18),
                new TableCell(new TableCellProperties(new TableCellWidth { Width = barWidth.ToString(), Type = TableWidthUnitValues.Dxa }), Bar(parts, barWidth), Text("")),
                Cell(totalWidth, s.Total.ToString(), size: 18, align: JustificationValues.Right)));
        }

        var legend = string.Join("; ", StatusSummary.Order.Select(st => $"{ReportingWords.Of(st)}: {r.Summary[st]}")
            .Append($"{ConsolidatedWording.NoInformation}: {r.Summary.NoInformation}"));
        table.Append(new TableRow(Cell(nameWidth + barWidth + totalWidth, "Разом за статусами — " + legend, span: 3, size: 18)));
        return table;
    }

    private static Table Bar(List<(MeasureStatus? Status, int Count)> parts, int width)
    {
        var total = Math.Max(1, parts.Sum(p => p.Count));
        var widths = parts.Select(p => Math.Max(300, width * p.Count / total)).ToArray();
        var bar = Table(widths, borders: false);
        var row = new TableRow();
        for (var i = 0; i < parts.Count; i++)
        {
            row.Append(Cell(widths[i], parts[i].Count.ToString(), fill: StatusPalette.Of(parts[i].Status), size: 16, align: JustificationValues.Center));
        }

        if (parts.Count == 0)
        {
            row.Append(Cell(width, "", size: 16));
        }

        bar.Append(row);
        return bar;
    }

    /// <summary>Directions as full-width rows; a measure's number, text and verdict merged down over its executors.</summary>
    private static Table MeasureTable(ConsolidatedReport r)
    {
        var table = Table(Columns);
        table.Append(HeaderRow(Columns, Titles));
        foreach (var d in r.Directions)
        {
            table.Append(new TableRow(new TableRowProperties(new CantSplit()), Cell(Columns.Sum(), $"{d.Number}. {d.Title}", bold: true, span: Columns.Length, fill: "F2F2F2")));
            foreach (var m in d.Measures)
            {
                var executors = m.Executors.Count == 0 ? [null] : m.Executors.Cast<ConsolidatedRow?>().ToList();
                for (var i = 0; i < executors.Count; i++)
                {
                    var e = executors[i];
                    MergedCellValues? merge = executors.Count == 1 ? null : i == 0 ? MergedCellValues.Restart : MergedCellValues.Continue;
                    var first = i == 0;
                    var measureText = $"{m.Text}\nСтатус заходу: {ConsolidatedWording.StatusWord(m.Status)}{(m.OverrideReason is { } why ? $" (встановлено департаментом: {why})" : "")}";
                    table.Append(new TableRow(
                        Cell(Columns[0], first ? m.Number : "", merge: merge),
                        Cell(Columns[1], first ? measureText : "", merge: merge),
                        Cell(Columns[2], e is null ? "" : e.UnitName + (e.IsLead ? " (головний)" : "")),
                        Cell(Columns[3], e is null ? "" : ConsolidatedWording.StatusWord(e.Status)),
                        Cell(Columns[4], e is null ? "" : ConsolidatedWording.Done(e)),
                        Cell(Columns[5], first && m.Verdict is { } v ? ReportingWords.Of(v) : "", merge: merge)));
                }
            }
        }

        return table;
    }
}
