using System.Globalization;
using System.Net;
using System.Text;
using AntiCor.Core.Reporting;
using AntiCor.Core.Reporting.Consolidation;
using AntiCor.Web.Features.Shared;

namespace AntiCor.Web.Features.Consolidation;

/// <summary>
/// Stacked horizontal bars of measure statuses per direction, drawn as SVG on the server (no
/// script library): one bar per direction, one segment per status, each with a title for screen
/// readers and tooltips; the data table beside it carries the same numbers.
/// </summary>
public static class StatusChartSvg
{
    private const int LabelWidth = 60;
    private const int BarWidth = 420;
    private const int RowHeight = 26;

    public static string Render(IReadOnlyList<ConsolidatedDirection> directions) =>
        Render([.. directions.Select(d => new Bar(d.Number + ".", $"{d.Number}. {d.Title}", d.Summary))], ConsolidationText.ChartTitle);

    /// <summary>One bar of the chart: its short label, the name its segments' tooltips give, and its counts.</summary>
    public sealed record Bar(string Label, string Title, StatusSummary Summary);

    /// <summary>Any rows of statuses (directions, periods…) under a title, the chart's accessible name.</summary>
    public static string Render(IReadOnlyList<Bar> bars, string title, Func<MeasureStatus?, string>? words = null)
    {
        words ??= StatusText.Word;
        var height = (bars.Count * RowHeight) + 40;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 {LabelWidth + BarWidth + 40} {height}\" width=\"100%\" data-status-chart>");
        svg.Append("<title id=\"chart-title\">").Append(Encode(title)).Append("</title>");
        var max = Math.Max(1, bars.Select(d => d.Summary.Total).DefaultIfEmpty(0).Max());
        for (var i = 0; i < bars.Count; i++)
        {
            var d = bars[i];
            var y = i * RowHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{y + 17}\" font-size=\"12\">{Encode(d.Label)}</text>");
            var x = (double)LabelWidth;
            foreach (var (status, count) in Segments(d.Summary))
            {
                var w = BarWidth * count / (double)max;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{x:0.#}\" y=\"{y + 4}\" width=\"{w:0.#}\" height=\"{RowHeight - 8}\" fill=\"#{StatusPalette.Of(status)}\" stroke=\"#555\" stroke-width=\"0.5\" data-status=\"{status?.ToString() ?? "None"}\" data-count=\"{count}\">");
                svg.Append("<title>").Append(Encode($"{d.Title}: {words(status)} — {count}")).Append("</title></rect>");
                x += w;
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 4:0.#}\" y=\"{y + 17}\" font-size=\"12\">{d.Summary.Total}</text>");
        }

        // The legend under the bars.
        var lx = 0;
        var ly = (bars.Count * RowHeight) + 14;
        foreach (var status in StatusSummary.Order.Select(s => (MeasureStatus?)s).Append(null))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{lx}\" y=\"{ly}\" width=\"10\" height=\"10\" fill=\"#{StatusPalette.Of(status)}\" stroke=\"#555\" stroke-width=\"0.5\"/>");
            var word = words(status);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{lx + 13}\" y=\"{ly + 9}\" font-size=\"9\">{Encode(word)}</text>");
            lx += 14 + (word.Length * 5);
            if (lx > LabelWidth + BarWidth - 60)
            {
                lx = 0;
                ly += 13;
            }
        }

        return svg.Append("</svg>").ToString();
    }

    private static IEnumerable<(MeasureStatus? Status, int Count)> Segments(StatusSummary s) =>
        StatusSummary.Order.Select(st => ((MeasureStatus?)st, s[st])).Append((null, s.NoInformation)).Where(p => p.Item2 > 0);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
