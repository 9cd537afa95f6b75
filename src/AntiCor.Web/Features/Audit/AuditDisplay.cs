using System.Globalization;
using System.Text.Json;
using AntiCor.Core.Domain;
using AntiCor.Web.Features.Shared;

namespace AntiCor.Web.Features.Audit;

/// <summary>
/// A recorded change as an auditor reads it: the field's name, and its values in the site's own
/// wording and the reader's language (dates on Kyiv's clock, yes/no, kinds and roles named, lists joined,
/// structured data summarised rather than shown as JSON). The values stay text, never markup.
/// </summary>
public static class AuditDisplay
{
    /// <summary>Values longer than this are collapsed behind their first words.</summary>
    public const int LongValue = 160;


    public sealed record Change(string Field, string Label, string? Before, string? After, bool HasBefore, bool HasAfter);

    public static IReadOnlyList<Change> Changes(string? entityType, IReadOnlyList<AuditBrowseQuery.FieldChange> changes) =>
        [.. changes.Select(c => new Change(
            c.Field,
            c.Field.Length == 0 ? AuditLabels.UnknownField : AuditLabels.Field(entityType, c.Field),
            Value(c.Field, c.Before),
            Value(c.Field, c.After),
            c.HasBefore,
            c.HasAfter))];

    public static bool IsLong(string? value) => value is { Length: > LongValue };

    /// <summary>The first words of a long value, cut at a space, for the collapsed summary.</summary>
    public static string Opening(string value)
    {
        var cut = value.LastIndexOf(' ', Math.Min(value.Length - 1, 100));
        return string.Concat(value.AsSpan(0, cut > 40 ? cut : 100), "…");
    }

    public static string? Value(string field, string? value)
    {
        if (value is null)
        {
            return value;
        }

        // The trail stores a secret's value as this Ukrainian word; the page says it in the reader's language.
        if (value == AntiCor.Core.Audit.EntityChangesSecrets.Hidden)
        {
            return AuditText.Hidden;
        }

        var last = field[(field.LastIndexOf('.') + 1)..];
        return last switch
        {
            "Kind" when field == "Term.Kind" && Enum.TryParse<TermKind>(value, out var term) => Wording.TermReading(term, null, null),
            "Kind" when Enum.TryParse<ExecutorKind>(value, out var unit) && !int.TryParse(value, out _) => Wording.UnitKind(unit),
            "Frequency" => Frequency(value),
            "DueMonth" => value is nameof(DueMonth.LastOfPeriod) or nameof(DueMonth.FirstAfterPeriod) ? AuditText.Word($"DueMonth_{value}") : value,
            "reason" => Reason(value),
            "via" when value == "cli" => AuditText.Word("Via_cli"),
            "roles" => List(value, RoleText.Of),
            "units" => List(value, u => u),
            _ => Plain(value),
        };
    }

    private static string Plain(string value)
    {
        if (value is "True" or "False")
        {
            return value == "True" ? AuditText.Yes : AuditText.No;
        }

        if (value.Length == 10 && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Wording.Date(date);
        }

        if (value.Length >= 19 && value[10] == 'T'
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment))
        {
            return moment.Year >= 9999 ? AuditText.Indefinitely : Wording.DateTime(KyivTime.FromUtc(moment.UtcDateTime));
        }

        return LooksStructured(value) ? Structured(value) : value;
    }

    private static bool LooksStructured(string value) => value.Length > 1 && (value[0] == '{' || value[0] == '[');

    /// <summary>JSON (an edition's snapshot, a list) is never shown raw: a list of words is joined, anything else summarised.</summary>
    private static string Structured(string value)
    {
        try
        {
            using var document = JsonDocument.Parse(value);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array && root.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
            {
                return string.Join(", ", root.EnumerateArray().Select(e => e.GetString()));
            }

            return AuditText.StructuredData(value.Length);
        }
        catch (JsonException)
        {
            return value;
        }
    }

    private static string List(string value, Func<string, string> word)
    {
        try
        {
            using var document = JsonDocument.Parse(value);
            return document.RootElement.ValueKind == JsonValueKind.Array
                ? (document.RootElement.GetArrayLength() == 0 ? AuditText.NoneInList : string.Join(", ", document.RootElement.EnumerateArray().Select(e => word(e.GetString() ?? ""))))
                : Plain(value);
        }
        catch (JsonException)
        {
            return value;
        }
    }

    private static string Frequency(string value) =>
        value is nameof(ReportingFrequency.Monthly) or nameof(ReportingFrequency.Quarterly) or nameof(ReportingFrequency.HalfYearly) or nameof(ReportingFrequency.Yearly)
            ? AuditText.Word($"Frequency_{value}")
            : value;

    private static string Reason(string value) => value switch
    {
        "wrong-password" or "locked-out" or "wrong-second-factor" or "unknown-user" or "recovery-code" or "totp" or "remote-failure"
            => AuditText.Word($"Reason_{value}"),
        _ when value.StartsWith("oidc:", StringComparison.Ordinal) => AuditText.SingleSignOn + ": " + Reason(value[5..]),
        _ when value.StartsWith("oidc", StringComparison.Ordinal) => AuditText.SingleSignOn + value[4..],
        _ => value,
    };
}
