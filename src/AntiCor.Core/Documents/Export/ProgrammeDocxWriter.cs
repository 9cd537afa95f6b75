using System.Text.RegularExpressions;
using AntiCor.Core.Contracts;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AntiCor.Core.Documents.Export;

/// <summary>
/// Writes a programme as an order with its annex, laid out as official annexes are: A4 portrait,
/// Times New Roman 12, the order's text, then on a new page the approval block at the top right,
/// the plan title and the five-column table whose header and column-number rows repeat on every
/// page. Everything is worded so that <see cref="Import.ProgrammeImporter"/> reads the file back
/// into the same programme.
/// </summary>
public static partial class ProgrammeDocxWriter
{
    public const string FontName = "Times New Roman";

    // Half-points: 12 pt text, 14 pt titles.
    private const int TextSize = 24;
    private const int TitleSize = 28;

    // Twentieths of a point: A4 with the margins of Ukrainian official documents (30/10/20/20 mm).
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    private const int MarginLeft = 1701;
    private const int MarginRight = 567;
    private const int MarginVertical = 1134;
    private const int FirstLineIndent = 709;
    private const int ApprovalIndent = 5954;

    private static readonly int[] ColumnWidths = [567, 2040, 3289, 1474, 2268];

    private static readonly string[] ColumnTitles =
    [
        "№ з/п", "Назва напрямку реалізації", "Перелік заходів", "Термін виконання заходу", "Виконавці",
    ];

    public static void Write(ProgrammeDocument document, Stream output)
    {
        // The package is built in memory: the Open XML SDK needs a seekable stream, a response body is not.
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = PageNumberFooter();
            main.Document = new Document(Body(document.Programme, main.GetIdOfPart(footer)));
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Body Body(ProgrammeData p, string footerId)
    {
        var body = new Body();
        var act = p.LegalBasis;
        var withOrder = act.KnownKind is not null && act.KnownNumber is not null && act.KnownDate is not null;

        // An annex stored without its order (ADR-011) is written as the annex alone, never with an invented act.
        if (withOrder)
        {
            body.Append(Order(p));
        }

        body.Append(Annex(p, withOrder));
        body.Append(new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
            new PageMargin
            {
                Top = MarginVertical,
                Bottom = MarginVertical,
                Left = MarginLeft,
                Right = MarginRight,
                Header = 709,
                Footer = 567,
                Gutter = 0,
            }));
        return body;
    }

    /// <summary>The order itself, in the paragraphs the importer's preamble parser looks for.</summary>
    private static IEnumerable<Paragraph> Order(ProgrammeData p)
    {
        var act = p.LegalBasis;
        yield return Text(act.Kind.ToUpperInvariant(), Centered(), bold: true, size: TitleSize);
        if (act.Issuer is { } issuer)
        {
            yield return Text(OrderWording.IssuerGenitive(issuer).ToUpperInvariant(), Centered(spaceAfter: 240), bold: true, size: TitleSize);
        }

        // Date on the left, number on the right, as on the letterhead; the importer reads the tab as a space.
        var dateLine = new Paragraph(
            new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Position = PageWidth - MarginLeft - MarginRight }), Spacing(240)),
            Run("від " + OrderWording.Date(act.Date)),
            new Run(new TabChar()),
            Run("№ " + act.Number));
        yield return dateLine;

        if (act.Title is { } title)
        {
            yield return Text(title, new ParagraphProperties(new Indentation { Right = "4536" }, Spacing(240)), bold: true);
        }

        if (ParentSentence(p.ParentProgramme) is { } parent)
        {
            yield return Text(parent, Justified());
        }

        var approve = $"1. Затвердити план заходів «{p.Title}» (далі — Заходи), що додається.";
        yield return Text(approve, Justified());
        yield return Text(ReportingSentence(p), Justified(spaceAfter: 480));

        if (act.Signatory is { } signatory)
        {
            yield return Text(signatory.Position, new ParagraphProperties(new Indentation { Right = "4536" }), bold: true);
            yield return Text(signatory.Name, new ParagraphProperties(new Justification { Val = JustificationValues.Right }), bold: true);
        }
    }

    private static string? ParentSentence(ParentProgrammeData? parent)
    {
        if (parent is not { Kind: { } kind, Issuer: { } issuer, Number: { } number, Date: { } date, Title: { } title }
            || issuer.Length == 0 || QuoteMarks().IsMatch(title))
        {
            // The importer recognises a cited programme only with all of these, its title in quotes.
            return null;
        }

        return $"Відповідно до {OrderWording.KindGenitive(kind)} {issuer} від {OrderWording.Date(date)} № {number} “{title}”, з метою запобігання корупційним правопорушенням:";
    }

    private static string ReportingSentence(ProgrammeData p)
    {
        var executors = OrderWording.OrganizationGenitive(p.Organization) is { } organization
            ? $"Виконавчим органам {organization}"
            : "Виконавцям Заходів";
        var years = p.Period.From.Year == p.Period.To.Year ? $"{p.Period.From.Year} року" : $"{p.Period.From.Year}-{p.Period.To.Year} років";
        var whom = p.Coordinator is { } coordinator && OrderWording.CoordinatorAccusative(coordinator) is { } accusative
            ? accusative + " "
            : "";
        var when = OrderWording.Reporting(p.Reporting) is { } rule ? rule + " " : "";
        return $"2. {executors} забезпечити виконання Заходів та {when}протягом {years} інформувати {whom}про стан їх виконання.";
    }

    /// <summary>The annex: approval block, plan title, and the table of directions and measures.</summary>
    private static IEnumerable<OpenXmlElement> Annex(ProgrammeData p, bool afterOrder)
    {
        var act = p.LegalBasis;
        if (afterOrder)
        {
            var approvedBy = OrderWording.Capitalized(act.Kind)
                + (act.Issuer is { } issuer ? " " + OrderWording.IssuerGenitive(issuer) : "");
            yield return Text("ЗАТВЕРДЖЕНО", Approval(pageBreakBefore: true));
            yield return Text(approvedBy, Approval());
            yield return Text($"{OrderWording.Date(act.Date)} № {act.Number}", Approval(spaceAfter: 360));
        }

        yield return Text(p.Title, Centered(spaceAfter: 240), bold: true, size: TitleSize);
        yield return RiskLayout.Applies(p) ? RiskTable(p) : Table(p.Directions);
    }

    /// <summary>Single lines round the table and between every row and column, as the official annex has them.</summary>
    private static TableBorders GridBorders() => new(
        Line(new TopBorder()),
        Line(new LeftBorder()),
        Line(new BottomBorder()),
        Line(new RightBorder()),
        Line(new InsideHorizontalBorder()),
        Line(new InsideVerticalBorder()));

    private static Table Table(IReadOnlyList<DirectionData> directions)
    {
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = ColumnWidths.Sum().ToString(), Type = TableWidthUnitValues.Dxa },
                GridBorders(),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 85, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 85, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "0000", FirstRow = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(ColumnWidths.Select(w => new GridColumn { Width = w.ToString() })));

        table.Append(HeaderRow(ColumnTitles, bold: true));
        table.Append(HeaderRow(Enumerable.Range(1, ColumnWidths.Length).Select(n => n.ToString()).ToArray(), bold: false));
        foreach (var direction in directions)
        {
            foreach (var row in DirectionRows(direction))
            {
                table.Append(row);
            }
        }

        return table;
    }

    private static BorderType Line(BorderType border)
    {
        border.Val = BorderValues.Single;
        border.Size = 4;
        border.Space = 0;
        border.Color = "000000";
        return border;
    }

    /// <summary>A row Word and LibreOffice repeat at the top of every page the table runs onto.</summary>
    private static TableRow HeaderRow(string[] titles, bool bold)
    {
        var row = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < titles.Length; i++)
        {
            row.Append(Cell(i, [Text(titles[i], Centered(), bold: bold)], verticalCenter: true));
        }

        return row;
    }

    /// <summary>
    /// One row per measure; the direction's number and title merged down over its measures. A
    /// direction's only measure is written without a number, as the order does.
    /// </summary>
    private static IEnumerable<TableRow> DirectionRows(DirectionData direction)
    {
        var measures = direction.Measures;
        if (measures.Count == 0)
        {
            yield return new TableRow(
                Cell(0, [Text(direction.Number.ToString(), Centered())]),
                Cell(1, [Text(direction.Title, Left())]),
                Cell(2, [Empty()]),
                Cell(3, [Empty()]),
                Cell(4, [Empty()]));
            yield break;
        }

        for (var i = 0; i < measures.Count; i++)
        {
            var m = measures[i];
            var merge = measures.Count == 1 ? null : (MergedCellValues?)(i == 0 ? MergedCellValues.Restart : MergedCellValues.Continue);
            var first = i == 0;
            yield return new TableRow(
                Cell(0, [first ? Text(direction.Number.ToString(), Centered()) : Empty()], merge: merge),
                Cell(1, [first ? Text(direction.Title, Left()) : Empty()], merge: merge),
                Cell(2, [Text(MeasureLabel(direction, m), Left())]),
                Cell(3, [m.Term.Text.Length > 0 ? Text(m.Term.Text, Left()) : Empty()]),
                Cell(4, [m.ExecutorsAsWritten() is { Length: > 0 } executors ? Text(executors, Left()) : Empty()]));
        }
    }

    /// <summary>"2. Text" with the measure's number within its direction ("7.2" → "2.").</summary>
    internal static string MeasureLabel(DirectionData direction, MeasureData measure)
    {
        var prefix = direction.Number + ".";
        var number = measure.Number.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(measure.Number[prefix.Length..], out var n)
            ? n.ToString() + "."
            : measure.Number.TrimEnd('.') + ".";
        var single = direction.Measures.Count == 1 && number == "1.";

        // A lone first measure goes unnumbered unless its own text would be read as a number.
        return single && !StartsLikeNumber().IsMatch(measure.Text) ? measure.Text : number + " " + measure.Text;
    }

    private static TableCell Cell(int column, Paragraph[] paragraphs, MergedCellValues? merge = null, bool verticalCenter = false)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = ColumnWidths[column].ToString(), Type = TableWidthUnitValues.Dxa });
        if (merge is { } value)
        {
            properties.Append(value == MergedCellValues.Restart ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
        }

        if (verticalCenter)
        {
            properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        }

        var cell = new TableCell(properties);
        cell.Append(paragraphs);
        return cell;
    }

    private static Paragraph Text(string text, ParagraphProperties properties, bool bold = false, int? size = null) =>
        Lines(text, properties, bold, size);

    /// <summary>A paragraph of the house style whose line breaks stay line breaks (also for the consolidated letter).</summary>
    internal static Paragraph Lines(string text, ParagraphProperties properties, bool bold = false, int? size = null)
    {
        var paragraph = new Paragraph(properties);
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = Run(lines[i], bold, size);
            if (i > 0)
            {
                run.PrependChild(new Break());
            }

            paragraph.Append(run);
        }

        return paragraph;
    }

    internal static Run Run(string text, bool bold = false, int? size = null)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (size is int s)
        {
            properties.Append(new FontSize { Val = s.ToString() }, new FontSizeComplexScript { Val = s.ToString() });
        }

        var run = new Run();
        if (properties.HasChildren)
        {
            run.Append(properties);
        }

        run.Append(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Paragraph Empty() => new(Left());

    private static SpacingBetweenLines Spacing(int after) => new() { Before = "0", After = after.ToString() };

    private static ParagraphProperties Left() => new(new Justification { Val = JustificationValues.Left });

    private static ParagraphProperties Centered(int spaceAfter = 0) =>
        new(Spacing(spaceAfter), new Justification { Val = JustificationValues.Center });

    private static ParagraphProperties Justified(int spaceAfter = 120) =>
        new(Spacing(spaceAfter), new Indentation { FirstLine = FirstLineIndent.ToString() }, new Justification { Val = JustificationValues.Both });

    private static ParagraphProperties Approval(bool pageBreakBefore = false, int spaceAfter = 0)
    {
        var properties = new ParagraphProperties();
        if (pageBreakBefore)
        {
            properties.Append(new PageBreakBefore());
        }

        properties.Append(Spacing(spaceAfter), new Indentation { Left = ApprovalIndent.ToString() });
        return properties;
    }

    private static Styles Styles()
    {
        var fonts = () => new RunFonts { Ascii = FontName, HighAnsi = FontName, ComplexScript = FontName, EastAsia = FontName };
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    fonts(),
                    new FontSize { Val = TextSize.ToString() },
                    new FontSizeComplexScript { Val = TextSize.ToString() },
                    new Languages { Val = "uk-UA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(
                new StyleName { Val = "Normal" },
                new PrimaryStyle(),
                new StyleRunProperties(fonts(), new FontSize { Val = TextSize.ToString() }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
    }

    /// <summary>The page number, centred at the foot of each page, as a PAGE field.</summary>
    private static Footer PageNumberFooter() => new(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        new Run(new Text("1")),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End })));

    [GeneratedRegex(@"^(\d{1,2}\.\d{1,3}|\d{1,3}[.)])")]
    private static partial Regex StartsLikeNumber();

    [GeneratedRegex(@"[“”""«»]")]
    private static partial Regex QuoteMarks();
}
