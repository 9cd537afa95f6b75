using AntiCor.Core.Documents.Export;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AntiCor.Core.Reporting.Consolidation;

/// <summary>
/// The few Word elements the consolidated letter is made of, in the house style of
/// <see cref="ProgrammeDocxWriter"/>: Times New Roman, thin black table borders, text cleaned of
/// characters XML cannot carry.
/// </summary>
internal static class WordParts
{
    public const int TextWidth = ProgrammeDocxWriter.PageWidth - 1701 - 567;

    public static Paragraph Text(string text, JustificationValues? align = null, bool bold = false, int? size = null, int after = 0, int? indentLeft = null, int? firstLine = null)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = after.ToString() });
        if (indentLeft is not null || firstLine is not null)
        {
            properties.Append(new Indentation { Left = indentLeft?.ToString(), FirstLine = firstLine?.ToString() });
        }

        properties.Append(new Justification { Val = align ?? JustificationValues.Left });
        return ProgrammeDocxWriter.Lines(text, properties, bold, size);
    }

    public static Run Run(string text, bool bold = false, int? size = null) => ProgrammeDocxWriter.Run(text, bold, size);

    public static Table Table(int[] widths, bool borders = true)
    {
        var properties = new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa }));
        if (borders)
        {
            properties.Append(new TableBorders(
                Line(new TopBorder()), Line(new LeftBorder()), Line(new BottomBorder()),
                Line(new RightBorder()), Line(new InsideHorizontalBorder()), Line(new InsideVerticalBorder())));
        }

        return new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
    }

    public static TableCell Cell(int width, string text, bool bold = false, int span = 1, MergedCellValues? merge = null, string? fill = null, int size = 20, JustificationValues? align = null)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is { } m)
        {
            properties.Append(m == MergedCellValues.Restart ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
        }

        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        return new TableCell(properties, Text(text, align, bold, size));
    }

    /// <summary>A header row Word repeats on every page the table runs onto.</summary>
    public static TableRow HeaderRow(int[] widths, string[] titles)
    {
        var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < titles.Length; i++)
        {
            row.Append(Cell(widths[i], titles[i], bold: true, fill: "D9E1F2", align: JustificationValues.Center));
        }

        return row;
    }

    private static BorderType Line(BorderType border)
    {
        border.Val = BorderValues.Single;
        border.Size = 4;
        border.Space = 0;
        border.Color = "000000";
        return border;
    }

    public static Styles Styles()
    {
        const string font = ProgrammeDocxWriter.FontName;
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = font, HighAnsi = font, ComplexScript = font, EastAsia = font },
                    new FontSize { Val = "24" },
                    new FontSizeComplexScript { Val = "24" },
                    new Languages { Val = "uk-UA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
    }

    public static SectionProperties Section() => new(
        new PageSize { Width = ProgrammeDocxWriter.PageWidth, Height = ProgrammeDocxWriter.PageHeight, Orient = PageOrientationValues.Portrait },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 567, Header = 709, Footer = 567, Gutter = 0 });
}
