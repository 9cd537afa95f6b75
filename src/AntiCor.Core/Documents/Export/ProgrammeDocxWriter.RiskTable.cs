using AntiCor.Core.Contracts;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AntiCor.Core.Documents.Export;

/// <summary>The annex of a risk-based programme in its own columns (<see cref="RiskLayout"/>), merged as the NACP table is.</summary>
public static partial class ProgrammeDocxWriter
{
    private static Table RiskTable(ProgrammeData p)
    {
        var columns = RiskLayout.Columns(p);
        var total = ColumnWidths.Sum();
        var weights = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => (int)(total * c.Weight / weights)).ToArray();
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = widths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
                GridBorders(),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "0000", FirstRow = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));

        table.Append(RiskHeaderRow(columns.Select(c => c.Title).ToArray(), widths, bold: true));
        table.Append(RiskHeaderRow(Enumerable.Range(1, columns.Count).Select(n => n.ToString()).ToArray(), widths, bold: false));
        foreach (var row in RiskLayout.Rows(p))
        {
            var cells = columns.Select((c, i) =>
            {
                var span = c.SpanOf(row);
                MergedCellValues? merge = span.Rows == 1 && span.Opens ? null : span.Opens ? MergedCellValues.Restart : MergedCellValues.Continue;
                var text = span.Opens ? c.Value(row.Direction, row.Measure) : null;
                Paragraph[] paragraphs = string.IsNullOrEmpty(text) ? [Empty()] : [.. text.Split('\n').Select(line => Text(line, Left()))];
                return WidthCell(widths[i], paragraphs, merge);
            });
            table.Append(new TableRow(cells));
        }

        return table;
    }

    private static TableRow RiskHeaderRow(string[] titles, int[] widths, bool bold)
    {
        var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < titles.Length; i++)
        {
            row.Append(WidthCell(widths[i], [Text(titles[i], Centered(), bold: bold)], null));
        }

        return row;
    }

    private static TableCell WidthCell(int width, Paragraph[] paragraphs, MergedCellValues? merge)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
        if (merge is { } value)
        {
            properties.Append(value == MergedCellValues.Restart ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
        }

        var cell = new TableCell(properties);
        cell.Append(paragraphs);
        return cell;
    }
}
