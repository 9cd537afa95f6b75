namespace AntiCor.Web.Features.My;

/// <summary>Measure numbers in reading order: "1.2" before "1.10", part by part.</summary>
public sealed class MeasureNumberOrder : IComparer<string>
{
    public static readonly MeasureNumberOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? "").Split('.');
        var b = (y ?? "").Split('.');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var c = int.TryParse(a[i], out var m) && int.TryParse(b[i], out var n) ? m.CompareTo(n) : string.CompareOrdinal(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
